"""The figure model: a 2D body, key poses and their motion, and the figure file format."""
