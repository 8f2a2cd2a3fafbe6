<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../help_dialogs.py" line="212"/>
        <source>About Backcare</source>
        <translation>Über Backcare</translation>
    </message>
    <message>
        <location filename="../help_dialogs.py" line="216"/>
        <source>Backcare %1</source>
        <translation>Backcare %1</translation>
    </message>
    <message>
        <location filename="../help_dialogs.py" line="220"/>
        <source>An interval timer for back-care routines: Pilates, core, glutes, yoga and barre for runners.</source>
        <translation>Ein Intervall-Timer für Rückenroutinen: Pilates, Körpermitte, Gesäß, Yoga und Barre für Läuferinnen und Läufer.</translation>
    </message>
    <message>
        <location filename="../help_dialogs.py" line="228"/>
        <source>Free software under the &lt;a href=&apos;%1&apos;&gt;GNU General Public License, version 3 or later&lt;/a&gt;. It comes with no warranty. THIRD_PARTY_NOTICES.md, which comes with the program, lists the parts it ships with and their licences.</source>
        <translation>Freie Software unter der &lt;a href=&apos;%1&apos;&gt;GNU General Public License, Version 3 oder später&lt;/a&gt;. Sie kommt ohne jede Gewährleistung. THIRD_PARTY_NOTICES.md, das mit dem Programm kommt, nennt die mitgelieferten Teile und ihre Lizenzen.</translation>
    </message>
    <message>
        <location filename="../help_dialogs.py" line="247"/>
        <source>Your data</source>
        <translation>Deine Daten</translation>
    </message>
    <message>
        <location filename="../help_dialogs.py" line="248"/>
        <source>Logs</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <location filename="../help_dialogs.py" line="253"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../help_dialogs.py" line="254"/>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <location filename="../help_dialogs.py" line="265"/>
        <source>Python %1, Qt %2, PySide6 %3</source>
        <translation>Python %1, Qt %2, PySide6 %3</translation>
    </message>
</context>
<context>
    <name>AfterWorkoutForm</name>
    <message>
        <location filename="../feedback.py" line="217"/>
        <source>Back pain after</source>
        <translation>Rückenschmerzen danach</translation>
    </message>
    <message>
        <location filename="../feedback.py" line="218"/>
        <source>Effort</source>
        <translation>Anstrengung</translation>
    </message>
    <message>
        <location filename="../feedback.py" line="219"/>
        <source>A note for later (optional)</source>
        <translation>Eine Notiz für später (optional)</translation>
    </message>
    <message>
        <location filename="../feedback.py" line="220"/>
        <location filename="../feedback.py" line="231"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../feedback.py" line="222"/>
        <source>Save how it went</source>
        <translation>Rückmeldung speichern</translation>
    </message>
    <message>
        <location filename="../feedback.py" line="229"/>
        <source>Back pain now (0–10)</source>
        <translation>Rückenschmerzen jetzt (0–10)</translation>
    </message>
    <message>
        <location filename="../feedback.py" line="230"/>
        <source>Effort (1–10)</source>
        <translation>Anstrengung (1–10)</translation>
    </message>
    <message>
        <location filename="../feedback.py" line="255"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
</context>
<context>
    <name>ChartData</name>
    <message>
        <location filename="../history_charts.py" line="69"/>
        <source>A day counts when its workouts add up to %1 min of exercise, or when you complete a routine planned for %1 min or more.</source>
        <translation>Ein Tag zählt, wenn deine Trainings an diesem Tag zusammen %1 Min. ergeben oder wenn du eine Routine abschließt, die für %1 Min. oder mehr geplant ist.</translation>
    </message>
    <message>
        <location filename="../history_charts.py" line="259"/>
        <source>Streak now (weeks): %1</source>
        <translation>Aktuelle Serie (Wochen): %1</translation>
    </message>
    <message>
        <location filename="../history_charts.py" line="260"/>
        <source>Longest (weeks): %1</source>
        <translation>Längste Serie (Wochen): %1</translation>
    </message>
    <message>
        <location filename="../history_charts.py" line="262"/>
        <source>Weekly goal: %1 × %2 min</source>
        <translation>Wochenziel: %1 × %2 Min.</translation>
    </message>
    <message>
        <location filename="../history_charts.py" line="267"/>
        <source>no workout</source>
        <translation>kein Training</translation>
    </message>
    <message>
        <location filename="../history_charts.py" line="268"/>
        <source>under %1 min</source>
        <translation>unter %1 Min.</translation>
    </message>
    <message>
        <location filename="../history_charts.py" line="269"/>
        <location filename="../history_charts.py" line="270"/>
        <source>%1 min+</source>
        <translation>ab %1 Min.</translation>
    </message>
    <message>
        <location filename="../history_charts.py" line="276"/>
        <source>Minutes per week</source>
        <translation>Minuten pro Woche</translation>
    </message>
    <message>
        <location filename="../history_charts.py" line="277"/>
        <source>goal %1 min</source>
        <translation>Ziel %1 Min.</translation>
    </message>
    <message>
        <location filename="../history_charts.py" line="278"/>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../history_charts.py" line="279"/>
        <source>week starting</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <location filename="../history_charts.py" line="280"/>
        <source>Last %1 weeks</source>
        <translation>Letzte %1 Wochen</translation>
    </message>
    <message>
        <location filename="../history_charts.py" line="281"/>
        <source>Pain before and after (latest %1 logged)</source>
        <translation>Schmerz vorher/nachher (letzte %1 Einträge)</translation>
    </message>
    <message>
        <location filename="../history_charts.py" line="282"/>
        <source>pain 0-10</source>
        <translation>Schmerz 0–10</translation>
    </message>
    <message>
        <location filename="../history_charts.py" line="283"/>
        <source>before</source>
        <translation>vorher</translation>
    </message>
    <message>
        <location filename="../history_charts.py" line="284"/>
        <source>after</source>
        <translation>nachher</translation>
    </message>
    <message>
        <location filename="../history_charts.py" line="285"/>
        <source>No pain logged yet. Rate it after a workout to see the trend.</source>
        <translation>Noch keine Schmerzwerte eingetragen. Bewerte deine Schmerzen nach einem Training, dann siehst du hier den Verlauf.</translation>
    </message>
    <message>
        <location filename="../history_charts.py" line="286"/>
        <source>Time per muscle group, last %1 weeks</source>
        <translation>Zeit pro Muskelgruppe, letzte %1 Wochen</translation>
    </message>
    <message>
        <location filename="../history_charts.py" line="287"/>
        <source>No workouts in the last %1 weeks.</source>
        <translation>Kein Training in den letzten %1 Wochen.</translation>
    </message>
    <message>
        <location filename="../history_charts.py" line="85"/>
        <location filename="../history_charts.py" line="288"/>
        <source>History charts</source>
        <translation>Diagramme zum Verlauf</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../crash_dialog.py" line="28"/>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <location filename="../crash_dialog.py" line="35"/>
        <source>Your workout history is saved move by move, so everything recorded until now is safe. You can keep going; if something looks wrong, restart the app.</source>
        <translation>Dein Trainingsverlauf wird Übung für Übung gespeichert, alles bisher Aufgezeichnete ist also sicher. Du kannst weitermachen; wenn etwas seltsam aussieht, starte die App neu.</translation>
    </message>
    <message>
        <location filename="../crash_dialog.py" line="41"/>
        <source>The details are in the log: %1</source>
        <translation>Die Einzelheiten stehen im Protokoll: %1</translation>
    </message>
    <message>
        <location filename="../crash_dialog.py" line="43"/>
        <source>No log file could be written: the details are only below.</source>
        <translation>Es konnte keine Protokolldatei geschrieben werden: Die Einzelheiten stehen nur unten.</translation>
    </message>
    <message>
        <location filename="../crash_dialog.py" line="49"/>
        <source>Error report</source>
        <translation>Fehlerbericht</translation>
    </message>
    <message>
        <location filename="../crash_dialog.py" line="55"/>
        <source>&amp;Copy report</source>
        <translation>Bericht &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../crash_dialog.py" line="59"/>
        <source>Open &amp;log folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <location filename="../crash_dialog.py" line="72"/>
        <source>The app ran into an error it did not expect: %1</source>
        <translation>Die App ist auf einen unerwarteten Fehler gestoßen: %1</translation>
    </message>
    <message>
        <location filename="../crash_dialog.py" line="77"/>
        <source>The app ran into %1 errors it did not expect. The last: %2</source>
        <translation>Die App ist auf %1 unerwartete Fehler gestoßen. Der letzte: %2</translation>
    </message>
</context>
<context>
    <name>CuePlayer</name>
    <message>
        <location filename="../../audio/player.py" line="30"/>
        <source>No audio output device found: cues are shown on screen only.</source>
        <translation>Kein Audioausgabegerät gefunden: Hinweise erscheinen nur auf dem Bildschirm.</translation>
    </message>
    <message>
        <location filename="../../audio/player.py" line="37"/>
        <source>No text-to-speech voice found: using tones only.</source>
        <translation>Keine Sprachausgabe gefunden: nur Signaltöne.</translation>
    </message>
    <message>
        <location filename="../../audio/player.py" line="45"/>
        <source>Sound is unavailable (%1): cues are shown on screen only.</source>
        <translation>Ton ist nicht verfügbar (%1): Hinweise erscheinen nur auf dem Bildschirm.</translation>
    </message>
</context>
<context>
    <name>EditorMessages</name>
    <message>
        <location filename="../editor_messages.py" line="22"/>
        <source>the title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../editor_messages.py" line="23"/>
        <source>the summary</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../editor_messages.py" line="24"/>
        <source>the focus</source>
        <translation>Schwerpunkt</translation>
    </message>
    <message>
        <location filename="../editor_messages.py" line="25"/>
        <source>get ready</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <location filename="../editor_messages.py" line="26"/>
        <source>rounds</source>
        <translation>Runden</translation>
    </message>
    <message>
        <location filename="../editor_messages.py" line="27"/>
        <source>the rest between rounds</source>
        <translation>Pause zwischen den Runden</translation>
    </message>
    <message>
        <location filename="../editor_messages.py" line="28"/>
        <source>the time to switch sides</source>
        <translation>Zeit für den Seitenwechsel</translation>
    </message>
    <message>
        <location filename="../editor_messages.py" line="29"/>
        <source>the name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../editor_messages.py" line="30"/>
        <source>the work time</source>
        <translation>Belastungszeit</translation>
    </message>
    <message>
        <location filename="../editor_messages.py" line="31"/>
        <source>the reps</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <location filename="../editor_messages.py" line="32"/>
        <source>the rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../editor_messages.py" line="33"/>
        <source>the instructions</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <location filename="../editor_messages.py" line="34"/>
        <source>the short cue</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../editor_messages.py" line="35"/>
        <source>the muscles</source>
        <translation>Muskeln</translation>
    </message>
    <message>
        <location filename="../editor_messages.py" line="43"/>
        <source>choose at least one muscle</source>
        <translation>mindestens einen Muskel wählen</translation>
    </message>
    <message>
        <location filename="../editor_messages.py" line="45"/>
        <source>choose at least one focus</source>
        <translation>mindestens einen Schwerpunkt wählen</translation>
    </message>
    <message>
        <location filename="../editor_messages.py" line="47"/>
        <source>fill in %1</source>
        <translation>%1 ausfüllen</translation>
    </message>
    <message>
        <location filename="../editor_messages.py" line="50"/>
        <source>%1 must be from %2 to %3</source>
        <translation>%1: nur %2 bis %3 möglich</translation>
    </message>
    <message>
        <location filename="../editor_messages.py" line="58"/>
        <source>%1 is too long (at most %2 characters)</source>
        <translation>%1: zu lang (höchstens %2 Zeichen)</translation>
    </message>
    <message>
        <location filename="../editor_messages.py" line="63"/>
        <source>the whole routine is too long (at most 6 hours)</source>
        <translation>die ganze Routine ist zu lang (höchstens 6 Stunden)</translation>
    </message>
    <message>
        <location filename="../editor_messages.py" line="66"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../editor_messages.py" line="78"/>
        <source>Move %1 (%2)</source>
        <translation>Übung %1 (%2)</translation>
    </message>
    <message>
        <location filename="../editor_messages.py" line="80"/>
        <source>Move %1</source>
        <translation>Übung %1</translation>
    </message>
    <message>
        <location filename="../editor_messages.py" line="84"/>
        <source>Moves: %1</source>
        <translation>Übungen: %1</translation>
    </message>
</context>
<context>
    <name>FigureChooser</name>
    <message>
        <location filename="../figure_chooser.py" line="35"/>
        <source>Figure shown for the move</source>
        <translation>Figur, die die Übung zeigt</translation>
    </message>
    <message>
        <location filename="../figure_chooser.py" line="38"/>
        <source>None (a neutral figure)</source>
        <translation>Keine (eine neutrale Figur)</translation>
    </message>
    <message>
        <location filename="../figure_chooser.py" line="44"/>
        <source>Preview of the figure</source>
        <translation>Vorschau der Figur</translation>
    </message>
    <message>
        <location filename="../figure_chooser.py" line="58"/>
        <source>%1 (missing)</source>
        <translation>%1 (fehlt)</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../finish_page.py" line="46"/>
        <source>Moves of this workout</source>
        <translation>Übungen dieses Trainings</translation>
    </message>
    <message>
        <location filename="../finish_page.py" line="50"/>
        <source>Back to routines</source>
        <translation>Zu den Routinen</translation>
    </message>
    <message>
        <location filename="../finish_page.py" line="56"/>
        <source>How did it go?</source>
        <translation>Wie lief es?</translation>
    </message>
    <message>
        <location filename="../finish_page.py" line="84"/>
        <source>Workout complete</source>
        <translation>Training geschafft</translation>
    </message>
    <message>
        <location filename="../finish_page.py" line="84"/>
        <source>Workout stopped</source>
        <translation>Training abgebrochen</translation>
    </message>
    <message>
        <location filename="../finish_page.py" line="88"/>
        <source>%1 of exercise · moves done: %2 of %3</source>
        <translation>%1 Training · Übungen geschafft: %2 von %3</translation>
    </message>
    <message>
        <location filename="../finish_page.py" line="97"/>
        <source>–  %1 (skipped)</source>
        <translation>–  %1 (übersprungen)</translation>
    </message>
    <message>
        <location filename="../finish_page.py" line="98"/>
        <source>–  %1 (stopped)</source>
        <translation>–  %1 (abgebrochen)</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../help_menu.py" line="20"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../help_menu.py" line="26"/>
        <source>&amp;About Backcare</source>
        <translation>Ü&amp;ber Backcare</translation>
    </message>
    <message>
        <location filename="../help_menu.py" line="28"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../help_menu.py" line="30"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
</context>
<context>
    <name>HistoryFigures</name>
    <message>
        <location filename="../history_figures.py" line="27"/>
        <source>this week</source>
        <translation>diese Woche</translation>
    </message>
    <message>
        <location filename="../history_figures.py" line="28"/>
        <source>week streak</source>
        <translation>Wochen in Folge</translation>
    </message>
    <message>
        <location filename="../history_figures.py" line="29"/>
        <source>longest streak</source>
        <translation>längste Serie</translation>
    </message>
    <message>
        <location filename="../history_figures.py" line="30"/>
        <source>sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <location filename="../history_figures.py" line="58"/>
        <source>%1 / %2 min</source>
        <translation>%1 / %2 Min.</translation>
    </message>
    <message>
        <location filename="../history_figures.py" line="65"/>
        <source>%1 of %2 days done this week</source>
        <translation>Diese Woche %1 von %2 Tagen geschafft</translation>
    </message>
</context>
<context>
    <name>HistoryFiles</name>
    <message>
        <location filename="../history_files.py" line="105"/>
        <source>Working</source>
        <translation>Wird bearbeitet</translation>
    </message>
    <message>
        <location filename="../history_files.py" line="113"/>
        <source>Exporting to %1…</source>
        <translation>Export nach %1 läuft …</translation>
    </message>
    <message>
        <location filename="../history_files.py" line="121"/>
        <source>Backing up to %1…</source>
        <translation>Sicherung nach %1 läuft …</translation>
    </message>
    <message>
        <location filename="../history_files.py" line="131"/>
        <source>Restoring from %1…</source>
        <translation>Wiederherstellung aus %1 läuft …</translation>
    </message>
    <message>
        <location filename="../history_files.py" line="157"/>
        <source>Could not export to %1: %2.</source>
        <translation>Export nach %1 fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <location filename="../history_files.py" line="159"/>
        <source>Exported to %1 (sessions: %2).</source>
        <translation>Nach %1 exportiert (Einheiten: %2).</translation>
    </message>
    <message>
        <location filename="../history_files.py" line="162"/>
        <source>Runs and other activities (%1) are in %2.</source>
        <translation>Läufe und andere Aktivitäten (%1) stehen in %2.</translation>
    </message>
    <message>
        <location filename="../history_files.py" line="171"/>
        <source>Could not back up to %1: %2.</source>
        <translation>Sicherung nach %1 fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <location filename="../history_files.py" line="175"/>
        <source>Backed up to %1 (sessions: %2; runs and other activities: %3).</source>
        <translation>Nach %1 gesichert (Einheiten: %2; Läufe und andere Aktivitäten: %3).</translation>
    </message>
    <message>
        <location filename="../history_files.py" line="193"/>
        <source>Nothing was restored: %1</source>
        <translation>Nichts wiederhergestellt: %1</translation>
    </message>
    <message>
        <location filename="../history_files.py" line="196"/>
        <source>Nothing was restored: %1.</source>
        <translation>Nichts wiederhergestellt: %1.</translation>
    </message>
    <message>
        <location filename="../history_files.py" line="202"/>
        <source>Restore done: %1 added, %2 skipped as already here.</source>
        <translation>Wiederherstellung fertig: %1 hinzugefügt, %2 übersprungen, weil schon vorhanden.</translation>
    </message>
    <message>
        <location filename="../history_files.py" line="208"/>
        <source>Runs and other activities: %1 added, %2 already here.</source>
        <translation>Läufe und andere Aktivitäten: %1 hinzugefügt, %2 schon vorhanden.</translation>
    </message>
    <message>
        <location filename="../history_files.py" line="227"/>
        <source>Export history as CSV</source>
        <translation>Verlauf als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../history_files.py" line="229"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../history_files.py" line="238"/>
        <source>Back up history</source>
        <translation>Verlauf sichern</translation>
    </message>
    <message>
        <location filename="../history_files.py" line="240"/>
        <location filename="../history_files.py" line="249"/>
        <source>History backups (*.json)</source>
        <translation>Verlaufssicherungen (*.json)</translation>
    </message>
    <message>
        <location filename="../history_files.py" line="249"/>
        <source>Restore history from a backup</source>
        <translation>Verlauf aus einer Sicherung wiederherstellen</translation>
    </message>
</context>
<context>
    <name>HistoryStartPage</name>
    <message>
        <location filename="../history_start.py" line="16"/>
        <source>&lt;h2&gt;No workouts yet&lt;/h2&gt;&lt;p&gt;Start with 10 minutes of Pilates for the spine: shoulder bridge, swan dive, plank and calf raises. Three short sessions a week make a good start.&lt;/p&gt;&lt;p&gt;Every workout you do shows up here, with your minutes per week, your streak and how your back feels. Have a backup? Restore it below.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Noch kein Training&lt;/h2&gt;&lt;p&gt;Fang mit 10 Minuten Pilates für die Wirbelsäule an: Schulterbrücke, Schwan, Planke und Wadenheben. Drei kurze Einheiten pro Woche sind ein guter Anfang.&lt;/p&gt;&lt;p&gt;Jedes Training, das du machst, erscheint hier – mit deinen Minuten pro Woche, deiner Serie und wie sich dein Rücken anfühlt. Du hast eine Sicherung? Stell sie unten wieder her.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../history_view.py" line="126"/>
        <source>Your history can only be read here, so editing, deleting and restoring are turned off. You can still export it and back it up.</source>
        <translation>Dein Verlauf kann hier nur gelesen werden, deshalb sind Bearbeiten, Löschen und Wiederherstellen ausgeschaltet. Exportieren und sichern kannst du ihn trotzdem.</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="136"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="137"/>
        <source>Back to the routines (Esc)</source>
        <translation>Zurück zu den Routinen (Esc)</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="138"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="168"/>
        <source>Back care</source>
        <translation>Rückentraining</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="172"/>
        <source>Running and your back</source>
        <translation>Laufen und dein Rücken</translation>
    </message>
    <message>
        <location filename="../history_model.py" line="328"/>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <location filename="../history_model.py" line="330"/>
        <source>Every workout, newest first. Double-click pain, effort or note to edit; Delete removes the selected sessions.</source>
        <translation>Jedes Training, das neueste zuerst. Doppelklicke auf Schmerz, Anstrengung oder Notiz, um sie zu bearbeiten; Entf löscht die ausgewählten Einheiten.</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="215"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="216"/>
        <source>Bring the deleted sessions back (Ctrl+Z)</source>
        <translation>Gelöschte Einheiten zurückholen (Strg+Z)</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="225"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="226"/>
        <source>Delete the selected sessions (Delete)</source>
        <translation>Ausgewählte Einheiten löschen (Entf)</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="227"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="228"/>
        <source>Save every session and move as a spreadsheet</source>
        <translation>Alle Einheiten und Übungen als Tabelle speichern</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="229"/>
        <source>Back up…</source>
        <translation>Sichern…</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="230"/>
        <source>Save a JSON backup of the whole history</source>
        <translation>Den ganzen Verlauf als JSON-Sicherung speichern</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="231"/>
        <source>Restore…</source>
        <translation>Wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="233"/>
        <source>Add the sessions of a backup; those already here are skipped</source>
        <translation>Einheiten aus einer Sicherung hinzufügen; schon vorhandene werden übersprungen</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="237"/>
        <source>Last action</source>
        <translation>Letzte Aktion</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="331"/>
        <source>Could not delete: %1.</source>
        <translation>Löschen fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="354"/>
        <source>Could not undo: %1.</source>
        <translation>Rückgängigmachen fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="361"/>
        <source>Sessions brought back: %1.</source>
        <translation>Zurückgeholte Einheiten: %1.</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="454"/>
        <source>ddd d MMM yyyy</source>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="455"/>
        <source>Deleted the session of %1.</source>
        <translation>Einheit vom %1 gelöscht.</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="457"/>
        <source>Sessions deleted: %1.</source>
        <translation>Gelöschte Einheiten: %1.</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="473"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
</context>
<context>
    <name>InstructionsOverlay</name>
    <message>
        <location filename="../instructions_overlay.py" line="32"/>
        <source>Press I or Esc to close</source>
        <translation>Zum Schließen I oder Esc drücken</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <location filename="../leave_dialog.py" line="16"/>
        <source>Stop the workout?</source>
        <translation>Training beenden?</translation>
    </message>
    <message>
        <location filename="../leave_dialog.py" line="17"/>
        <source>Stop now? What you have done so far is saved.</source>
        <translation>Jetzt aufhören? Was du bisher geschafft hast, wird gespeichert.</translation>
    </message>
    <message>
        <location filename="../leave_dialog.py" line="22"/>
        <source>Stop and log pain</source>
        <translation>Beenden und Schmerz eintragen</translation>
    </message>
    <message>
        <location filename="../leave_dialog.py" line="27"/>
        <source>Stop and quit</source>
        <translation>Beenden und schließen</translation>
    </message>
    <message>
        <location filename="../leave_dialog.py" line="31"/>
        <source>Keep going</source>
        <translation>Weitermachen</translation>
    </message>
</context>
<context>
    <name>LibraryActions</name>
    <message>
        <location filename="../library_actions.py" line="51"/>
        <source>&amp;New routine…</source>
        <translation>&amp;Neue Routine…</translation>
    </message>
    <message>
        <location filename="../library_actions.py" line="54"/>
        <source>&amp;Edit routine…</source>
        <translation>Routine &amp;bearbeiten…</translation>
    </message>
    <message>
        <location filename="../library_actions.py" line="58"/>
        <source>D&amp;uplicate routine</source>
        <translation>Routine &amp;duplizieren</translation>
    </message>
    <message>
        <location filename="../library_actions.py" line="64"/>
        <source>&amp;Delete routine</source>
        <translation>Routine &amp;löschen</translation>
    </message>
    <message>
        <location filename="../library_actions.py" line="69"/>
        <source>&amp;Undo delete</source>
        <translation>Löschen &amp;rückgängig machen</translation>
    </message>
    <message>
        <location filename="../library_actions.py" line="73"/>
        <source>&amp;Import routines…</source>
        <translation>Routinen &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../library_actions.py" line="76"/>
        <source>E&amp;xport routine…</source>
        <translation>Routine e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../library_actions.py" line="141"/>
        <source>Could not save the routine</source>
        <translation>Die Routine konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../library_actions.py" line="144"/>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <location filename="../library_actions.py" line="185"/>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <location filename="../library_actions.py" line="199"/>
        <source>Restored “%1”.</source>
        <translation>„%1“ wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../library_actions.py" line="234"/>
        <source>Carried over: %1</source>
        <translation>Übernommen: %1</translation>
    </message>
    <message>
        <location filename="../library_actions.py" line="235"/>
        <source>Not carried over: %1</source>
        <translation>Nicht übernommen: %1</translation>
    </message>
    <message>
        <location filename="../library_actions.py" line="241"/>
        <source>Imported %1 routine(s)</source>
        <translation>%1 Routine(n) importiert</translation>
    </message>
    <message>
        <location filename="../library_actions.py" line="247"/>
        <source>Imported %1 routine(s).</source>
        <translation>%1 Routine(n) importiert.</translation>
    </message>
    <message>
        <location filename="../library_actions.py" line="168"/>
        <source>Could not duplicate the routine</source>
        <translation>Die Routine konnte nicht dupliziert werden</translation>
    </message>
    <message>
        <location filename="../library_actions.py" line="181"/>
        <source>Could not delete the routine</source>
        <translation>Die Routine konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <location filename="../library_actions.py" line="194"/>
        <source>Could not restore the routine</source>
        <translation>Die Routine konnte nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <location filename="../library_actions.py" line="206"/>
        <source>Import routines</source>
        <translation>Routinen importieren</translation>
    </message>
    <message>
        <location filename="../library_actions.py" line="216"/>
        <location filename="../library_actions.py" line="222"/>
        <source>Nothing was imported</source>
        <translation>Es wurde nichts importiert</translation>
    </message>
    <message>
        <location filename="../library_actions.py" line="223"/>
        <source>Could not save to %1: %2</source>
        <translation>Speichern in %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../library_actions.py" line="242"/>
        <source>From %1 (%2):
%3</source>
        <translation>Aus %1 (%2):
%3</translation>
    </message>
    <message>
        <location filename="../library_actions.py" line="256"/>
        <source>Export routine</source>
        <translation>Routine exportieren</translation>
    </message>
    <message>
        <location filename="../library_actions.py" line="266"/>
        <source>Could not export the routine</source>
        <translation>Die Routine konnte nicht exportiert werden</translation>
    </message>
    <message>
        <location filename="../library_actions.py" line="269"/>
        <source>Exported “%1” to %2</source>
        <translation>„%1“ nach %2 exportiert</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="74"/>
        <source>Backcare</source>
        <translation>Backcare</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="39"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="44"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="53"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="57"/>
        <source>&amp;Routine</source>
        <translation>&amp;Routine</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="66"/>
        <source>Routines</source>
        <translation>Routinen</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="78"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="80"/>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="90"/>
        <source>&amp;Full screen</source>
        <translation>Voll&amp;bild</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="96"/>
        <source>&amp;Find a routine</source>
        <translation>Routine &amp;suchen</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="187"/>
        <source>A workout is already running.</source>
        <translation>Es läuft schon ein Training.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="434"/>
        <source>%1 · %2 left</source>
        <translation>%1 · noch %2</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="472"/>
        <source>The window closes once the history&apos;s export, backup or restore is done.</source>
        <translation>Das Fenster schließt, sobald Export, Sicherung oder Wiederherstellung des Verlaufs fertig ist.</translation>
    </message>
</context>
<context>
    <name>MorningCheckDialog</name>
    <message>
        <location filename="../programme_dialogs.py" line="43"/>
        <source>Good morning</source>
        <translation>Guten Morgen</translation>
    </message>
    <message>
        <location filename="../programme_dialogs.py" line="47"/>
        <source>Back pain this morning</source>
        <translation>Rückenschmerzen heute Morgen</translation>
    </message>
    <message>
        <location filename="../programme_dialogs.py" line="49"/>
        <source>&amp;Skip</source>
        <translation>Über&amp;springen</translation>
    </message>
    <message>
        <location filename="../programme_dialogs.py" line="48"/>
        <source>Press a number key, or Esc to skip.</source>
        <translation>Drück eine Zifferntaste oder Esc zum Überspringen.</translation>
    </message>
    <message>
        <location filename="../programme_dialogs.py" line="45"/>
        <source>How is your back this morning?
0 = no pain, 10 = the worst pain you can imagine.</source>
        <translation>Wie geht es deinem Rücken heute Morgen?
0 = keine Schmerzen, 10 = die schlimmsten Schmerzen, die du dir vorstellen kannst.</translation>
    </message>
</context>
<context>
    <name>MoveList</name>
    <message>
        <location filename="../move_list.py" line="20"/>
        <source>Moves, in order</source>
        <translation>Übungen in ihrer Reihenfolge</translation>
    </message>
    <message>
        <location filename="../move_list.py" line="21"/>
        <source>Drag to reorder, or Alt+Up and Alt+Down</source>
        <translation>Zum Umsortieren ziehen oder Alt+Pfeil hoch und Alt+Pfeil runter drücken</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <location filename="../names.py" line="10"/>
        <source>Beginner</source>
        <translation>Einsteiger</translation>
    </message>
    <message>
        <location filename="../names.py" line="11"/>
        <source>Intermediate</source>
        <translation>Fortgeschritten</translation>
    </message>
    <message>
        <location filename="../names.py" line="12"/>
        <source>Advanced</source>
        <translation>Erfahren</translation>
    </message>
    <message>
        <location filename="../names.py" line="13"/>
        <source>Core</source>
        <translation>Rumpf</translation>
    </message>
    <message>
        <location filename="../names.py" line="14"/>
        <source>Glutes</source>
        <translation>Gesäß</translation>
    </message>
    <message>
        <location filename="../names.py" line="15"/>
        <source>Hamstrings</source>
        <translation>Beinbeuger</translation>
    </message>
    <message>
        <location filename="../names.py" line="16"/>
        <source>Hips</source>
        <translation>Hüfte</translation>
    </message>
    <message>
        <location filename="../names.py" line="17"/>
        <source>Back</source>
        <translation>Rücken</translation>
    </message>
    <message>
        <location filename="../names.py" line="18"/>
        <source>Calves</source>
        <translation>Waden</translation>
    </message>
    <message>
        <location filename="../names.py" line="19"/>
        <source>Mobility</source>
        <translation>Beweglichkeit</translation>
    </message>
    <message>
        <location filename="../names.py" line="20"/>
        <source>Quads</source>
        <translation>Quadrizeps</translation>
    </message>
    <message>
        <location filename="../names.py" line="21"/>
        <source>Shoulders</source>
        <translation>Schultern</translation>
    </message>
    <message>
        <location filename="../names.py" line="22"/>
        <source>Arms</source>
        <translation>Arme</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <location filename="../../settings.py" line="228"/>
        <source>Could not use the settings file %1 (%2); using the defaults.</source>
        <translation>Die Einstellungsdatei %1 konnte nicht verwendet werden (%2), deshalb gelten die Standardeinstellungen.</translation>
    </message>
    <message>
        <location filename="../../settings.py" line="237"/>
        <source>The settings file %1 was damaged (%2), so the defaults are in use. It was kept as %3.</source>
        <translation>Die Einstellungsdatei %1 war beschädigt (%2), deshalb gelten die Standardeinstellungen. Sie wurde als %3 aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../settings.py" line="243"/>
        <source>The settings file %1 was damaged (%2), so the defaults are in use. It could not be moved aside.</source>
        <translation>Die Einstellungsdatei %1 war beschädigt (%2), deshalb gelten die Standardeinstellungen. Sie konnte nicht beiseitegelegt werden.</translation>
    </message>
    <message>
        <location filename="../../settings.py" line="257"/>
        <source>Some settings in %1 were not valid and were reset: %2.</source>
        <translation>Einige Einstellungen in %1 waren ungültig und wurden zurückgesetzt: %2.</translation>
    </message>
    <message>
        <location filename="../../settings.py" line="301"/>
        <source>Could not save settings to %1 (%2).</source>
        <translation>Die Einstellungen konnten nicht in %1 gespeichert werden (%2).</translation>
    </message>
    <message>
        <location filename="../../storage/rows.py" line="71"/>
        <source>%1 session(s) in the history database %2 have a date that cannot be read and are left out of the history and of exports (session ids %3); the rest of the history is shown as usual.</source>
        <translation>%1 Einheit(en) in der Verlaufsdatenbank %2 haben ein Datum, das sich nicht lesen lässt, und fehlen deshalb im Verlauf und in Exporten (Nummern der Einheiten: %3); der übrige Verlauf wird wie gewohnt angezeigt.</translation>
    </message>
    <message>
        <location filename="../../storage/db_errors.py" line="40"/>
        <source>the disk is full</source>
        <translation>die Festplatte ist voll</translation>
    </message>
    <message>
        <location filename="../../storage/db_errors.py" line="44"/>
        <source>the file or its folder is read-only</source>
        <translation>die Datei oder ihr Ordner ist schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../../storage/db_errors.py" line="47"/>
        <source>the database is busy with another write (a restore still running, or another program)</source>
        <translation>die Datenbank ist mit einem anderen Schreibvorgang beschäftigt (eine laufende Wiederherstellung oder ein anderes Programm)</translation>
    </message>
    <message>
        <location filename="../../storage/db_errors.py" line="54"/>
        <source>the file cannot be opened or created there</source>
        <translation>die Datei kann dort nicht geöffnet oder angelegt werden</translation>
    </message>
    <message>
        <location filename="../../storage/db_errors.py" line="56"/>
        <source>a disk error occurred (%1)</source>
        <translation>ein Festplattenfehler ist aufgetreten (%1)</translation>
    </message>
    <message>
        <location filename="../../storage/db_errors.py" line="58"/>
        <source>the file is damaged (%1)</source>
        <translation>die Datei ist beschädigt (%1)</translation>
    </message>
    <message>
        <location filename="../../storage/db_notices.py" line="16"/>
        <source>Workouts are kept in memory only and are lost when the app closes.</source>
        <translation>Workouts werden nur im Arbeitsspeicher gehalten und gehen verloren, wenn die App geschlossen wird.</translation>
    </message>
    <message>
        <location filename="../../storage/db_notices.py" line="26"/>
        <source>The history database %1 is version %2, written by a newer release of backcare-desktop; this release reads up to version %3. It is opened read-only and never written to, so workouts done now are not saved. Update backcare-desktop to keep recording your history.</source>
        <translation>Die Verlaufsdatenbank %1 hat Version %2 und wurde von einer neueren Version von backcare-desktop geschrieben; diese Version liest bis Version %3. Sie wird nur zum Lesen geöffnet und nie beschrieben, daher werden Workouts von jetzt nicht gespeichert. Aktualisieren Sie backcare-desktop, um Ihren Verlauf weiter aufzuzeichnen.</translation>
    </message>
    <message>
        <location filename="../../storage/db_notices.py" line="42"/>
        <source>The history database %1 cannot be written (%2) nor read (%3). It is left as it is. %4</source>
        <translation>Die Verlaufsdatenbank %1 kann weder geschrieben (%2) noch gelesen werden (%3). Sie bleibt, wie sie ist. %4</translation>
    </message>
    <message>
        <location filename="../../storage/db_notices.py" line="56"/>
        <source>The history database %1 cannot be written (%2). Your history is shown read-only and new workouts are not saved until this is fixed; the file is left as it is.</source>
        <translation>Die Verlaufsdatenbank %1 kann nicht geschrieben werden (%2). Ihr Verlauf wird nur zum Lesen angezeigt, und neue Workouts werden nicht gespeichert, bis das behoben ist; die Datei bleibt, wie sie ist.</translation>
    </message>
    <message>
        <location filename="../../storage/db_notices.py" line="69"/>
        <source>The history folder %1 cannot be created (%2). %3</source>
        <translation>Der Verlaufsordner %1 kann nicht angelegt werden (%2). %3</translation>
    </message>
    <message>
        <location filename="../../storage/db_notices.py" line="79"/>
        <source>The history database %1 is damaged (%2) and could not be moved aside (%3). It is left untouched. %4</source>
        <translation>Die Verlaufsdatenbank %1 ist beschädigt (%2) und konnte nicht beiseitegelegt werden (%3). Sie bleibt unverändert. %4</translation>
    </message>
    <message>
        <location filename="../../storage/db_notices.py" line="94"/>
        <source>The history database %1 was damaged and could not be read (%2). It was kept as %3 and a new, empty history was started.</source>
        <translation>Die Verlaufsdatenbank %1 war beschädigt und konnte nicht gelesen werden (%2). Sie wurde als %3 aufbewahrt, und ein neuer, leerer Verlauf wurde begonnen.</translation>
    </message>
    <message>
        <location filename="../../storage/db_notices.py" line="108"/>
        <source>The history database cannot be created at %1 (%2). %3</source>
        <translation>Die Verlaufsdatenbank kann unter %1 nicht angelegt werden (%2). %3</translation>
    </message>
    <message>
        <location filename="../../storage/recorder.py" line="249"/>
        <source>Could not save to %1: it is open read-only. The workout goes on, but it is not saved.</source>
        <translation>Konnte nicht in %1 speichern: Die Datei ist nur zum Lesen geöffnet. Das Workout läuft weiter, wird aber nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../storage/recorder.py" line="258"/>
        <source>Could not save to %1: %2. The workout goes on; saving is retried.</source>
        <translation>Konnte nicht in %1 speichern: %2. Das Workout läuft weiter; das Speichern wird erneut versucht.</translation>
    </message>
    <message>
        <location filename="../../storage/recorder.py" line="271"/>
        <source>Could not save part of this workout to %1: %2.</source>
        <translation>Ein Teil dieses Workouts konnte nicht in %1 gespeichert werden: %2.</translation>
    </message>
</context>
<context>
    <name>PainBeforeDialog</name>
    <message>
        <location filename="../feedback.py" line="199"/>
        <source>Before you start</source>
        <translation>Bevor du anfängst</translation>
    </message>
    <message>
        <location filename="../feedback.py" line="201"/>
        <source>How does your back feel right now?
0 = no pain, 10 = the worst pain you can imagine.</source>
        <translation>Wie fühlt sich dein Rücken gerade an?
0 = keine Schmerzen, 10 = die schlimmsten Schmerzen, die du dir vorstellen kannst.</translation>
    </message>
    <message>
        <location filename="../feedback.py" line="204"/>
        <source>Back pain</source>
        <translation>Rückenschmerzen</translation>
    </message>
    <message>
        <location filename="../feedback.py" line="205"/>
        <source>Press a number key, or Esc to skip.</source>
        <translation>Drück eine Zifferntaste oder Esc zum Überspringen.</translation>
    </message>
    <message>
        <location filename="../feedback.py" line="206"/>
        <source>&amp;Skip</source>
        <translation>Über&amp;springen</translation>
    </message>
</context>
<context>
    <name>PainRules</name>
    <message>
        <location filename="../../core/pain_rules.py" line="71"/>
        <source>No pain was logged for this session, so it does not change the plan.</source>
        <translation>Für diese Einheit wurde kein Schmerz eingetragen, deshalb ändert sie den Plan nicht.</translation>
    </message>
    <message>
        <location filename="../../core/pain_rules.py" line="76"/>
        <source>Pain stayed at %1/10 or less and no worse the next morning.</source>
        <translation>Der Schmerz blieb bei %1/10 oder darunter und war am nächsten Morgen nicht schlimmer.</translation>
    </message>
    <message>
        <location filename="../../core/pain_rules.py" line="81"/>
        <location filename="../../core/pain_rules.py" line="82"/>
        <source>Pain reached %1/10.</source>
        <translation>Der Schmerz erreichte %1/10.</translation>
    </message>
    <message>
        <location filename="../../core/pain_rules.py" line="84"/>
        <source>Pain went from %1/10 before the session to %2/10 after it.</source>
        <translation>Der Schmerz stieg von %1/10 vor der Einheit auf %2/10 danach.</translation>
    </message>
    <message>
        <location filename="../../core/pain_rules.py" line="90"/>
        <source>The morning after, pain was %1/10, higher than the %2/10 of the day before.</source>
        <translation>Am Morgen danach lag der Schmerz bei %1/10, höher als die %2/10 vom Vortag.</translation>
    </message>
    <message>
        <location filename="../../core/pain_rules.py" line="97"/>
        <source>Two sessions in a row, the next morning was worse than the day before (now %1/10).</source>
        <translation>Zweimal hintereinander war der Morgen nach einer Einheit schlimmer als der Tag davor (jetzt %1/10).</translation>
    </message>
    <message>
        <location filename="../../core/pain_rules.py" line="104"/>
        <source>Last week was comfortable and complete: on to week %1, and the moves step up to level %2.</source>
        <translation>Die letzte Woche war angenehm und vollständig: weiter mit Woche %1, und die Übungen steigen auf Stufe %2.</translation>
    </message>
    <message>
        <location filename="../../core/pain_rules.py" line="112"/>
        <source>Your back coped well: on to week %1 as planned. Doing all %2 sessions in a comfortable week steps the moves up a level.</source>
        <translation>Dein Rücken kam gut zurecht: weiter mit Woche %1 wie geplant. Wenn du in einer angenehmen Woche alle %2 Einheiten machst, steigen die Übungen eine Stufe.</translation>
    </message>
    <message>
        <location filename="../../core/pain_rules.py" line="120"/>
        <source>Last week was comfortable and complete: on to week %1, at level %2 as the plan has it.</source>
        <translation>Die letzte Woche war angenehm und vollständig: weiter mit Woche %1, auf Stufe %2, wie es der Plan vorsieht.</translation>
    </message>
    <message>
        <location filename="../../core/pain_rules.py" line="128"/>
        <source>On to week %1 as planned. No pain was logged last week, so the level stays at %2.</source>
        <translation>Weiter mit Woche %1 wie geplant. Letzte Woche wurde kein Schmerz eingetragen, deshalb bleibt die Stufe bei %2.</translation>
    </message>
    <message>
        <location filename="../../core/pain_rules.py" line="135"/>
        <source>%1 We hold level %2 and repeat this week&apos;s plan, so the back can catch up.</source>
        <translation>%1 Wir bleiben auf Stufe %2 und wiederholen den Plan dieser Woche, damit der Rücken nachkommt.</translation>
    </message>
    <message>
        <location filename="../../core/pain_rules.py" line="142"/>
        <source>%1 The moves step down to level %2, and the gentle flare-up routine is offered. Go easy; the plan picks up again when the back settles.</source>
        <translation>%1 Die Übungen gehen zurück auf Stufe %2, und die sanfte Routine wird angeboten. Lass es ruhig angehen; der Plan geht weiter, sobald sich der Rücken beruhigt hat.</translation>
    </message>
    <message>
        <location filename="../../core/pain_rules.py" line="150"/>
        <source>This is red week number %1 in this programme. Please see a physiotherapist: they can check what your back needs and adapt the plan with you.</source>
        <translation>Das ist die %1. rote Woche in diesem Programm. Bitte geh zur Physiotherapie: Dort kann man prüfen, was dein Rücken braucht, und den Plan mit dir anpassen.</translation>
    </message>
    <message>
        <location filename="../../core/pain_rules.py" line="158"/>
        <source>No sessions last week, and that is fine: the plan picks up where you left off.</source>
        <translation>Letzte Woche gab es keine Einheiten, und das ist in Ordnung: Der Plan macht da weiter, wo du aufgehört hast.</translation>
    </message>
    <message>
        <location filename="../../core/pain_rules.py" line="164"/>
        <source>At the end of the week the plan will hold this level and repeat the week, so the back can catch up.</source>
        <translation>Am Ende der Woche bleibt der Plan auf dieser Stufe und wiederholt die Woche, damit der Rücken nachkommt.</translation>
    </message>
    <message>
        <location filename="../../core/pain_rules.py" line="171"/>
        <source>You reported a warning sign. The plan will not get harder: this needs a doctor now. Resume progression once a doctor has checked your back.</source>
        <translation>Du hast ein Warnzeichen gemeldet. Der Plan wird nicht anspruchsvoller: Das gehört jetzt in ärztliche Hände. Die Steigerung geht weiter, sobald eine Ärztin oder ein Arzt deinen Rücken untersucht hat.</translation>
    </message>
    <message>
        <location filename="../../core/pain_rules.py" line="178"/>
        <source>A doctor has checked your back, so the plan goes on from here at the level you reached. Your pain before and after each session guides it again.</source>
        <translation>Dein Rücken wurde ärztlich untersucht, deshalb geht der Plan ab hier auf der Stufe weiter, die du erreicht hast. Deine Schmerzen vor und nach jeder Einheit bestimmen ihn wieder.</translation>
    </message>
    <message>
        <location filename="../../core/pain_rules.py" line="184"/>
        <source>Week 1 starts gently at level 1.</source>
        <translation>Woche 1 beginnt sanft auf Stufe 1.</translation>
    </message>
    <message>
        <location filename="../../core/pain_rules.py" line="186"/>
        <source>You have finished the programme. Well done.</source>
        <translation>Du hast das Programm abgeschlossen. Gut gemacht!</translation>
    </message>
    <message>
        <location filename="../../core/pain_rules.py" line="189"/>
        <source>Your back pain has dropped from %1 to %2: that is a real change.</source>
        <translation>Deine Rückenschmerzen sind von %1 auf %2 gesunken: Das ist eine echte Veränderung.</translation>
    </message>
</context>
<context>
    <name>PhysioReport</name>
    <message>
        <location filename="../physio_report.py" line="68"/>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <location filename="../physio_report.py" line="129"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location filename="../physio_report.py" line="135"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location filename="../physio_report.py" line="141"/>
        <source>Morning</source>
        <translation>Morgens</translation>
    </message>
    <message>
        <location filename="../physio_report.py" line="226"/>
        <source>green</source>
        <translation>grün</translation>
    </message>
    <message>
        <location filename="../physio_report.py" line="227"/>
        <source>amber</source>
        <translation>gelb</translation>
    </message>
    <message>
        <location filename="../physio_report.py" line="228"/>
        <source>red</source>
        <translation>rot</translation>
    </message>
    <message>
        <location filename="../physio_report.py" line="231"/>
        <source>Red week</source>
        <translation>Rote Woche</translation>
    </message>
    <message>
        <location filename="../physio_report.py" line="232"/>
        <source>Warning signs reported</source>
        <translation>Warnzeichen gemeldet</translation>
    </message>
    <message>
        <location filename="../physio_report.py" line="233"/>
        <source>High pain before a workout</source>
        <translation>Starke Schmerzen vor einem Training</translation>
    </message>
    <message>
        <location filename="../physio_report.py" line="241"/>
        <location filename="../physio_report.py" line="277"/>
        <source>Report for your physio</source>
        <translation>Bericht für deine Physiotherapie</translation>
    </message>
    <message>
        <location filename="../physio_report.py" line="266"/>
        <source>%1. Not yet checked by a doctor.</source>
        <translation>%1. Noch nicht ärztlich untersucht.</translation>
    </message>
    <message>
        <location filename="../physio_report.py" line="270"/>
        <source>%1. Checked by a doctor: cleared on %2.</source>
        <translation>%1. Ärztlich untersucht: freigegeben am %2.</translation>
    </message>
    <message>
        <location filename="../physio_report.py" line="281"/>
        <source>What was logged from %1 to %2.</source>
        <translation>Was vom %1 bis %2 eingetragen wurde.</translation>
    </message>
    <message>
        <location filename="../physio_report.py" line="287"/>
        <source>Nothing has been logged yet.</source>
        <translation>Es wurde noch nichts eingetragen.</translation>
    </message>
    <message>
        <location filename="../physio_report.py" line="290"/>
        <source>Programme</source>
        <translation>Programm</translation>
    </message>
    <message>
        <location filename="../physio_report.py" line="294"/>
        <source>%1, started on %2; current level %3.</source>
        <translation>%1, begonnen am %2; aktuelle Stufe %3.</translation>
    </message>
    <message>
        <location filename="../physio_report.py" line="301"/>
        <source>Adherence: sessions planned and done per week</source>
        <translation>Umsetzung: geplante und gemachte Einheiten pro Woche</translation>
    </message>
    <message>
        <location filename="../physio_report.py" line="307"/>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location filename="../physio_report.py" line="308"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../physio_report.py" line="309"/>
        <source>Done</source>
        <translation>Gemacht</translation>
    </message>
    <message>
        <location filename="../physio_report.py" line="310"/>
        <source>Light</source>
        <translation>Ampel</translation>
    </message>
    <message>
        <location filename="../physio_report.py" line="324"/>
        <source>No programme is followed.</source>
        <translation>Es wird kein Programm verfolgt.</translation>
    </message>
    <message>
        <location filename="../physio_report.py" line="325"/>
        <source>Pain over time (0-10)</source>
        <translation>Schmerz im Verlauf (0–10)</translation>
    </message>
    <message>
        <location filename="../physio_report.py" line="329"/>
        <source>No pain was logged.</source>
        <translation>Es wurde kein Schmerz eingetragen.</translation>
    </message>
    <message>
        <location filename="../physio_report.py" line="330"/>
        <source>Flare-ups</source>
        <translation>Schübe</translation>
    </message>
    <message>
        <location filename="../physio_report.py" line="334"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../physio_report.py" line="335"/>
        <source>What happened</source>
        <translation>Was war</translation>
    </message>
    <message>
        <location filename="../physio_report.py" line="336"/>
        <source>Details</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <location filename="../physio_report.py" line="342"/>
        <source>None logged.</source>
        <translation>Keine eingetragen.</translation>
    </message>
    <message>
        <location filename="../physio_report.py" line="343"/>
        <source>Routines done</source>
        <translation>Gemachte Routinen</translation>
    </message>
    <message>
        <location filename="../physio_report.py" line="346"/>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <location filename="../physio_report.py" line="347"/>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <location filename="../physio_report.py" line="352"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../physio_report.py" line="354"/>
        <source>No notes were written.</source>
        <translation>Es wurden keine Notizen geschrieben.</translation>
    </message>
</context>
<context>
    <name>Programme</name>
    <message>
        <location filename="../programme_texts.py" line="38"/>
        <source>Green: on track</source>
        <translation>Grün: auf Kurs</translation>
    </message>
    <message>
        <location filename="../programme_texts.py" line="39"/>
        <source>Amber: holding steady</source>
        <translation>Gelb: Stufe halten</translation>
    </message>
    <message>
        <location filename="../programme_texts.py" line="40"/>
        <source>Red: easing off</source>
        <translation>Rot: etwas zurücknehmen</translation>
    </message>
    <message>
        <location filename="../programme_texts.py" line="50"/>
        <source>No light yet</source>
        <translation>Noch keine Ampelfarbe</translation>
    </message>
    <message>
        <location filename="../programme_texts.py" line="58"/>
        <source>Level 1: as written</source>
        <translation>Stufe 1: wie beschrieben</translation>
    </message>
    <message>
        <location filename="../programme_texts.py" line="62"/>
        <source>holds %1 s</source>
        <translation>%1 s halten</translation>
    </message>
    <message>
        <location filename="../programme_texts.py" line="65"/>
        <source>%1 reps</source>
        <translation>%1 Wdh.</translation>
    </message>
    <message>
        <location filename="../programme_texts.py" line="67"/>
        <source>shorter rests</source>
        <translation>kürzere Pausen</translation>
    </message>
    <message>
        <location filename="../programme_texts.py" line="70"/>
        <source>%1 rounds</source>
        <translation>%1 Runden</translation>
    </message>
    <message>
        <location filename="../programme_texts.py" line="73"/>
        <source>Level %1: %2</source>
        <translation>Stufe %1: %2</translation>
    </message>
</context>
<context>
    <name>ProgrammeCoordinator</name>
    <message>
        <location filename="../programme_coordinator.py" line="60"/>
        <source>&amp;Programme</source>
        <translation>&amp;Programm</translation>
    </message>
    <message>
        <location filename="../programme_coordinator.py" line="61"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../programme_coordinator.py" line="62"/>
        <source>Today&apos;s session of your programme (Ctrl+T)</source>
        <translation>Die heutige Einheit deines Programms (Strg+T)</translation>
    </message>
    <message>
        <location filename="../programme_coordinator.py" line="105"/>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <location filename="../programme_coordinator.py" line="106"/>
        <source>&amp;Follow a programme…</source>
        <translation>Einem Programm &amp;folgen…</translation>
    </message>
    <message>
        <location filename="../programme_coordinator.py" line="107"/>
        <location filename="../programme_coordinator.py" line="132"/>
        <source>&amp;Pause the programme</source>
        <translation>Programm &amp;anhalten</translation>
    </message>
    <message>
        <location filename="../programme_coordinator.py" line="108"/>
        <source>&amp;Stop following</source>
        <translation>Nicht mehr f&amp;olgen</translation>
    </message>
    <message>
        <location filename="../programme_coordinator.py" line="110"/>
        <source>&amp;Warning signs…</source>
        <translation>&amp;Warnzeichen…</translation>
    </message>
    <message>
        <location filename="../programme_coordinator.py" line="113"/>
        <source>&amp;Report for your physio (PDF)…</source>
        <translation>&amp;Bericht für deine Physiotherapie (PDF)…</translation>
    </message>
    <message>
        <location filename="../programme_coordinator.py" line="116"/>
        <source>Export the &amp;coming sessions (.ics)…</source>
        <translation>&amp;Kommende Einheiten exportieren (.ics)…</translation>
    </message>
    <message>
        <location filename="../programme_coordinator.py" line="132"/>
        <source>&amp;Resume the programme</source>
        <translation>Programm fort&amp;setzen</translation>
    </message>
    <message>
        <location filename="../programme_coordinator.py" line="336"/>
        <source>Stop following</source>
        <translation>Nicht mehr folgen</translation>
    </message>
    <message>
        <location filename="../programme_coordinator.py" line="338"/>
        <source>Stop following %1? Your history stays.</source>
        <translation>%1 nicht mehr folgen? Dein Verlauf bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../programme_coordinator.py" line="408"/>
        <source>Report for your physio</source>
        <translation>Bericht für deine Physiotherapie</translation>
    </message>
    <message>
        <location filename="../programme_coordinator.py" line="408"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../programme_coordinator.py" line="423"/>
        <source>Saved the report (%1 pages) to %2</source>
        <translation>Bericht (%1 Seiten) in %2 gespeichert</translation>
    </message>
    <message>
        <location filename="../programme_coordinator.py" line="430"/>
        <source>chose the gentle routine</source>
        <translation>sanfte Routine gewählt</translation>
    </message>
    <message>
        <location filename="../programme_coordinator.py" line="431"/>
        <source>started anyway</source>
        <translation>trotzdem gestartet</translation>
    </message>
    <message>
        <location filename="../programme_coordinator.py" line="432"/>
        <source>stopped for the day</source>
        <translation>für heute aufgehört</translation>
    </message>
    <message>
        <location filename="../programme_coordinator.py" line="436"/>
        <source>Pain %1/10 before; %2</source>
        <translation>Schmerz vorher %1/10; %2</translation>
    </message>
    <message>
        <location filename="../programme_coordinator.py" line="447"/>
        <location filename="../programme_coordinator.py" line="484"/>
        <source>Export the coming sessions</source>
        <translation>Kommende Einheiten exportieren</translation>
    </message>
    <message>
        <location filename="../programme_coordinator.py" line="449"/>
        <source>Calendar (*.ics)</source>
        <translation>Kalender (*.ics)</translation>
    </message>
    <message>
        <location filename="../programme_coordinator.py" line="458"/>
        <source>Back care: %1 (level %2)</source>
        <translation>Rückentraining: %1 (Stufe %2)</translation>
    </message>
    <message>
        <location filename="../programme_coordinator.py" line="477"/>
        <source>Planned by your programme in backcare-desktop. The plan follows your pain, so later sessions may change.</source>
        <translation>Geplant von deinem Programm in backcare-desktop. Der Plan richtet sich nach deinen Schmerzen, spätere Einheiten können sich also ändern.</translation>
    </message>
    <message>
        <location filename="../programme_coordinator.py" line="487"/>
        <source>Saved %1 sessions to %2</source>
        <translation>%1 Einheiten in %2 gespeichert</translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <location filename="../programme_dialogs.py" line="132"/>
        <source>Follow a programme</source>
        <translation>Einem Programm folgen</translation>
    </message>
    <message>
        <location filename="../programme_dialogs.py" line="135"/>
        <source>Programmes</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../programme_dialogs.py" line="152"/>
        <source>&amp;Follow</source>
        <translation>&amp;Folgen</translation>
    </message>
</context>
<context>
    <name>RedFlagDialog</name>
    <message>
        <location filename="../programme_dialogs.py" line="75"/>
        <source>I have one of these signs</source>
        <translation>Ich habe eines dieser Zeichen</translation>
    </message>
    <message>
        <location filename="../programme_dialogs.py" line="77"/>
        <source>None of these</source>
        <translation>Keines davon</translation>
    </message>
</context>
<context>
    <name>RoutineDraft</name>
    <message>
        <location filename="../../core/routine_draft.py" line="21"/>
        <source>New move</source>
        <translation>Neue Übung</translation>
    </message>
    <message>
        <location filename="../../core/routine_draft.py" line="22"/>
        <source>My routine</source>
        <translation>Meine Routine</translation>
    </message>
    <message>
        <location filename="../../core/routine_draft.py" line="23"/>
        <source>Plank</source>
        <translation>Planke</translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message>
        <location filename="../routine_editor.py" line="89"/>
        <source>New routine</source>
        <translation>Neue Routine</translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="89"/>
        <source>Edit routine</source>
        <translation>Routine bearbeiten</translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="110"/>
        <source>Problems to fix before saving</source>
        <translation>Probleme, die du vor dem Speichern beheben musst</translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="135"/>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="138"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="141"/>
        <location filename="../routine_editor.py" line="172"/>
        <source>Summary</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="145"/>
        <location filename="../routine_editor.py" line="177"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="149"/>
        <source>Get-ready seconds</source>
        <translation>Vorbereitung in Sekunden</translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="150"/>
        <location filename="../routine_editor.py" line="179"/>
        <source>Rounds</source>
        <translation>Runden</translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="151"/>
        <source>Rest between rounds, seconds</source>
        <translation>Pause zwischen den Runden in Sekunden</translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="152"/>
        <source>Seconds to switch sides</source>
        <translation>Sekunden für den Seitenwechsel</translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="154"/>
        <location filename="../routine_editor.py" line="189"/>
        <source>Reps moves</source>
        <translation>Wiederholungsübungen</translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="155"/>
        <source>As in Settings</source>
        <translation>Wie in den Einstellungen</translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="156"/>
        <source>Wait for Done</source>
        <translation>Auf „Fertig“ warten</translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="157"/>
        <source>Move on by themselves</source>
        <translation>Von selbst weitergehen</translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="163"/>
        <source>Focus: %1</source>
        <translation>Schwerpunkt: %1</translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="168"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="174"/>
        <source>Focus</source>
        <translation>Schwerpunkt</translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="178"/>
        <source>Get ready</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="180"/>
        <source>Round rest</source>
        <translation>Rundenpause</translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="181"/>
        <source>Switch sides</source>
        <translation>Seitenwechsel</translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="199"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="201"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="203"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="206"/>
        <source> move</source>
        <translation> (Übung)</translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="211"/>
        <source>Moves (drag or Alt+Up/Down to reorder)</source>
        <translation>Übungen (ziehen oder Alt+↑/↓ zum Umsortieren)</translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="217"/>
        <source>Move</source>
        <translation>Übung</translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="220"/>
        <source>Move name</source>
        <translation>Name der Übung</translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="223"/>
        <source>Timed or counted</source>
        <translation>Nach Zeit oder gezählt</translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="224"/>
        <source>Timed (countdown)</source>
        <translation>Nach Zeit (Countdown)</translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="225"/>
        <source>Reps (press Done)</source>
        <translation>Wiederholungen („Fertig“ drücken)</translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="229"/>
        <source>Work seconds or rep count</source>
        <translation>Belastung in Sekunden oder Anzahl Wiederholungen</translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="234"/>
        <source>Rest after the move, seconds</source>
        <translation>Pause nach der Übung in Sekunden</translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="238"/>
        <source>None: the workout ends (or the rest between rounds begins) after the last move</source>
        <translation>Keine: Nach der letzten Übung endet das Training (oder die Pause zwischen den Runden beginnt)</translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="248"/>
        <source>Sides</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="249"/>
        <source>Both sides together</source>
        <translation>Beide Seiten zusammen</translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="250"/>
        <source>Left, then right</source>
        <translation>Links, dann rechts</translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="253"/>
        <source>Instructions</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="256"/>
        <source>Spoken form cue</source>
        <translation>Gesprochener Hinweis zur Ausführung</translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="262"/>
        <source>Works: %1</source>
        <translation>Trainiert: %1</translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="276"/>
        <source>&amp;Figure</source>
        <translation>&amp;Figur</translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="333"/>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="455"/>
        <source>
…and %1 more</source>
        <translation>
…und %1 weitere</translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="461"/>
        <source>Total: %1</source>
        <translation>Gesamt: %1</translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="266"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="267"/>
        <source>&amp;Type</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="268"/>
        <source>&amp;Work</source>
        <translation>&amp;Belastung</translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="269"/>
        <source>R&amp;est after</source>
        <translation>&amp;Pause danach</translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="271"/>
        <source>&amp;Sides</source>
        <translation>&amp;Seiten</translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="272"/>
        <source>&amp;Instructions</source>
        <translation>Anle&amp;itung</translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="273"/>
        <source>Form &amp;cue</source>
        <translation>Hin&amp;weis</translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="274"/>
        <source>Muscles</source>
        <translation>Muskeln</translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="331"/>
        <source>%1 reps</source>
        <translation>%1 Wdh.</translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="348"/>
        <source> reps</source>
        <translation> Wdh.</translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="458"/>
        <source>Total: not known until the problems are fixed</source>
        <translation>Gesamt: erst bekannt, wenn die Probleme behoben sind</translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="485"/>
        <source>Discard changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="486"/>
        <source>This routine has changes that are not saved. Discard them?</source>
        <translation>Diese Routine hat ungespeicherte Änderungen. Möchtest du sie verwerfen?</translation>
    </message>
</context>
<context>
    <name>RoutinePicker</name>
    <message>
        <location filename="../routine_list.py" line="175"/>
        <source>Search routines and moves</source>
        <translation>Routinen und Übungen suchen</translation>
    </message>
    <message>
        <location filename="../routine_list.py" line="178"/>
        <source>Search routines</source>
        <translation>Routinen durchsuchen</translation>
    </message>
    <message>
        <location filename="../routine_list.py" line="187"/>
        <source>Routines</source>
        <translation>Routinen</translation>
    </message>
    <message>
        <location filename="../routine_list.py" line="218"/>
        <source>Got it</source>
        <translation>Verstanden</translation>
    </message>
    <message>
        <location filename="../routine_list.py" line="219"/>
        <source>Dismiss this note</source>
        <translation>Diesen Hinweis schließen</translation>
    </message>
    <message>
        <location filename="../routine_list.py" line="244"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../routine_list.py" line="251"/>
        <source>Show routines for %1</source>
        <translation>Routinen für %1 zeigen</translation>
    </message>
    <message>
        <location filename="../routine_list.py" line="252"/>
        <source>all areas</source>
        <translation>alle Bereiche</translation>
    </message>
    <message>
        <location filename="../routine_list.py" line="276"/>
        <source>Move</source>
        <translation>Übung</translation>
    </message>
    <message>
        <location filename="../routine_list.py" line="276"/>
        <source>Work</source>
        <translation>Belastung</translation>
    </message>
    <message>
        <location filename="../routine_list.py" line="276"/>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../routine_list.py" line="276"/>
        <source>Muscles</source>
        <translation>Muskeln</translation>
    </message>
    <message>
        <location filename="../routine_list.py" line="283"/>
        <source>Moves of the selected routine</source>
        <translation>Übungen der ausgewählten Routine</translation>
    </message>
    <message>
        <location filename="../routine_list.py" line="286"/>
        <location filename="../routine_list.py" line="289"/>
        <source>Start workout</source>
        <translation>Training starten</translation>
    </message>
    <message>
        <location filename="../routine_list.py" line="288"/>
        <source>Start the selected routine (Enter)</source>
        <translation>Ausgewählte Routine starten (Eingabetaste)</translation>
    </message>
    <message>
        <location filename="../routine_list.py" line="343"/>
        <source> · Yours</source>
        <translation> · Eigene</translation>
    </message>
    <message>
        <location filename="../routine_list.py" line="404"/>
        <source>No routine matches</source>
        <translation>Keine passende Routine</translation>
    </message>
    <message>
        <location filename="../routine_list.py" line="406"/>
        <source>Clear the search or pick another focus.</source>
        <translation>Leere die Suche oder wähle einen anderen Schwerpunkt.</translation>
    </message>
    <message>
        <location filename="../routine_list.py" line="412"/>
        <source>1 round</source>
        <translation>1 Runde</translation>
    </message>
    <message>
        <location filename="../routine_list.py" line="414"/>
        <source>%1 rounds</source>
        <translation>%1 Runden</translation>
    </message>
    <message>
        <location filename="../routine_list.py" line="421"/>
        <source> each side</source>
        <translation> pro Seite</translation>
    </message>
</context>
<context>
    <name>RunsChartData</name>
    <message>
        <location filename="../runs_chart.py" line="116"/>
        <source>Running and your back</source>
        <translation>Laufen und dein Rücken</translation>
    </message>
    <message>
        <location filename="../runs_chart.py" line="117"/>
        <source>running km</source>
        <translation>Lauf-km</translation>
    </message>
    <message>
        <location filename="../runs_chart.py" line="118"/>
        <source>longer-run spike</source>
        <translation>deutlich längerer Lauf</translation>
    </message>
    <message>
        <location filename="../runs_chart.py" line="119"/>
        <source>back-care minutes</source>
        <translation>Minuten Rückentraining</translation>
    </message>
    <message>
        <location filename="../runs_chart.py" line="120"/>
        <source>pain before</source>
        <translation>Schmerz vorher</translation>
    </message>
    <message>
        <location filename="../runs_chart.py" line="121"/>
        <source>pain after</source>
        <translation>Schmerz nachher</translation>
    </message>
    <message>
        <location filename="../runs_chart.py" line="122"/>
        <source>morning pain</source>
        <translation>Schmerz am Morgen</translation>
    </message>
    <message>
        <location filename="../runs_chart.py" line="123"/>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <location filename="../runs_chart.py" line="124"/>
        <source>min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <location filename="../runs_chart.py" line="125"/>
        <source>pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <location filename="../runs_chart.py" line="126"/>
        <source>week starting</source>
        <translation>Woche ab</translation>
    </message>
</context>
<context>
    <name>RunsPanel</name>
    <message>
        <location filename="../runs_view.py" line="248"/>
        <source>Import progress</source>
        <translation>Fortschritt des Imports</translation>
    </message>
    <message>
        <location filename="../runs_view.py" line="249"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../runs_view.py" line="261"/>
        <source>Start the post-run back release</source>
        <translation>Rückenentspannung nach dem Laufen starten</translation>
    </message>
    <message>
        <location filename="../runs_view.py" line="281"/>
        <source>Running and your back chart</source>
        <translation>Diagramm „Laufen und dein Rücken“</translation>
    </message>
    <message>
        <location filename="../runs_view.py" line="289"/>
        <source>Import runs…</source>
        <translation>Läufe importieren…</translation>
    </message>
    <message>
        <location filename="../runs_view.py" line="292"/>
        <source>FIT, GPX or TCX files (or .gz), folders, zips or a Strava export; you can also drop them here</source>
        <translation>FIT-, GPX- oder TCX-Dateien (auch .gz), Ordner, ZIP-Dateien oder ein Strava-Export; du kannst sie auch hierher ziehen</translation>
    </message>
    <message>
        <location filename="../runs_view.py" line="298"/>
        <source>Import a folder…</source>
        <translation>Ordner importieren…</translation>
    </message>
    <message>
        <location filename="../runs_view.py" line="299"/>
        <source>A folder of activity files or an unpacked export</source>
        <translation>Ein Ordner mit Aktivitätsdateien oder ein entpackter Export</translation>
    </message>
    <message>
        <location filename="../runs_view.py" line="304"/>
        <source>Only each activity&apos;s summary is kept (date, sport, distance, times, ascent, heart rate): no GPS track, no location history is stored.</source>
        <translation>Gespeichert wird nur die Zusammenfassung jeder Aktivität (Datum, Sportart, Distanz, Zeiten, Höhenmeter, Puls) – keine GPS-Strecke, kein Standortverlauf.</translation>
    </message>
    <message>
        <location filename="../runs_view.py" line="327"/>
        <source>Runs and other activities</source>
        <translation>Läufe und andere Aktivitäten</translation>
    </message>
    <message>
        <location filename="../runs_view.py" line="379"/>
        <source>Reading %1 …</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <location filename="../runs_view.py" line="389"/>
        <source>Import a folder of runs</source>
        <translation>Ordner mit Läufen importieren</translation>
    </message>
    <message>
        <location filename="../runs_view.py" line="420"/>
        <source>Import runs</source>
        <translation>Läufe importieren</translation>
    </message>
    <message>
        <location filename="../runs_view.py" line="421"/>
        <source>Activities (*.fit *.gpx *.tcx *.gz *.zip);;All files (*)</source>
        <translation>Aktivitäten (*.fit *.gpx *.tcx *.gz *.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../runs_view.py" line="427"/>
        <source>%v of %m files</source>
        <translation>%v von %m Dateien</translation>
    </message>
    <message>
        <location filename="../runs_view.py" line="441"/>
        <source>Import cancelled: nothing was added.</source>
        <translation>Import abgebrochen: Es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../runs_view.py" line="445"/>
        <source>Nothing imported: %1</source>
        <translation>Nichts importiert: %1</translation>
    </message>
</context>
<context>
    <name>RunsTableModel</name>
    <message>
        <location filename="../runs_view.py" line="73"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../runs_view.py" line="73"/>
        <source>Sport</source>
        <translation>Sportart</translation>
    </message>
    <message>
        <location filename="../runs_view.py" line="73"/>
        <source>Distance</source>
        <translation>Distanz</translation>
    </message>
    <message>
        <location filename="../runs_view.py" line="73"/>
        <source>Moving</source>
        <translation>Bewegungszeit</translation>
    </message>
    <message>
        <location filename="../runs_view.py" line="74"/>
        <source>Elapsed</source>
        <translation>Gesamtzeit</translation>
    </message>
    <message>
        <location filename="../runs_view.py" line="74"/>
        <source>Ascent</source>
        <translation>Höhenmeter</translation>
    </message>
    <message>
        <location filename="../runs_view.py" line="74"/>
        <source>Heart rate</source>
        <translation>Puls</translation>
    </message>
    <message>
        <location filename="../runs_view.py" line="74"/>
        <source>Spike</source>
        <translation>Steigerung</translation>
    </message>
    <message>
        <location filename="../runs_view.py" line="75"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../runs_view.py" line="129"/>
        <source>+%1% on 30-day longest</source>
        <translation>+%1 % länger</translation>
    </message>
</context>
<context>
    <name>RunsView</name>
    <message>
        <location filename="../runs_view.py" line="139"/>
        <source>ddd d MMM yyyy</source>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <location filename="../runs_view.py" line="141"/>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <location filename="../runs_view.py" line="152"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location filename="../runs_view.py" line="153"/>
        <source>Ride</source>
        <translation>Radfahrt</translation>
    </message>
    <message>
        <location filename="../runs_view.py" line="154"/>
        <source>Walk</source>
        <translation>Spaziergang</translation>
    </message>
    <message>
        <location filename="../runs_view.py" line="155"/>
        <source>Hike</source>
        <translation>Wanderung</translation>
    </message>
    <message>
        <location filename="../runs_view.py" line="156"/>
        <source>Swim</source>
        <translation>Schwimmen</translation>
    </message>
    <message>
        <location filename="../runs_view.py" line="157"/>
        <source>Multisport</source>
        <translation>Multisport</translation>
    </message>
    <message>
        <location filename="../runs_view.py" line="159"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location filename="../runs_view.py" line="166"/>
        <source>This %1 km run on %5 was %2% longer than your longest run of the previous 30 days (%3 km). In a large study, runners who stepped up this much in one run had more overuse injuries; building up in smaller steps helps (%4).</source>
        <translation>Dieser Lauf über %1 km am %5 war %2 % länger als dein längster Lauf in den 30 Tagen davor (%3 km). In einer großen Studie hatten Läuferinnen und Läufer, die sich in einem Lauf so stark steigerten, mehr Überlastungsverletzungen; in kleineren Schritten zu steigern hilft (%4).</translation>
    </message>
    <message>
        <location filename="../runs_view.py" line="183"/>
        <source>Your back pain went from %1 to %2 after your longer run. An easier week and the post-run back release routine may help it settle.</source>
        <translation>Deine Rückenschmerzen sind nach deinem längeren Lauf von %1 auf %2 gestiegen. Eine leichtere Woche und die Routine „Rückenentspannung nach dem Laufen“ können helfen, dass sie wieder nachlassen.</translation>
    </message>
    <message>
        <location filename="../runs_view.py" line="196"/>
        <source>Runs added: %1. Other activities (not counted as running): %2. Already here, skipped: %3. Could not be read: %4.</source>
        <translation>Neue Läufe: %1. Andere Aktivitäten (zählen nicht als Laufen): %2. Schon vorhanden, übersprungen: %3. Nicht lesbar: %4.</translation>
    </message>
    <message>
        <location filename="../runs_view.py" line="208"/>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
</context>
<context>
    <name>SafetyTexts</name>
    <message>
        <location filename="../safety_texts.py" line="26"/>
        <source>Most back pain in runners comes from muscles that are doing too much for weak glutes, core, hips or hamstrings, and it usually eases as they get stronger. Pain that is sharp, spreads down a leg, or may come from a bone or a disc needs a doctor or a physiotherapist, not a workout.</source>
        <translation>Die meisten Rückenschmerzen bei Läuferinnen und Läufern kommen von Muskeln, die zu viel leisten müssen, weil Gesäß, Körpermitte, Hüfte oder hintere Oberschenkel zu schwach sind – und meist lassen sie nach, sobald diese kräftiger werden. Schmerzen, die stechend sind, ins Bein ausstrahlen oder von einem Knochen oder einer Bandscheibe kommen könnten, gehören in ärztliche oder physiotherapeutische Behandlung, nicht ins Training.</translation>
    </message>
    <message>
        <location filename="../safety_texts.py" line="33"/>
        <source>About your back pain</source>
        <translation>Zu deinen Rückenschmerzen</translation>
    </message>
    <message>
        <location filename="../safety_texts.py" line="34"/>
        <source>You logged back pain of %1 out of 10.</source>
        <translation>Du hast Rückenschmerzen der Stärke %1 von 10 eingetragen.</translation>
    </message>
    <message>
        <location filename="../safety_texts.py" line="35"/>
        <source>Your back pain after workouts rose over your last sessions (%1).</source>
        <translation>Deine Rückenschmerzen nach dem Training sind in deinen letzten Einheiten gestiegen (%1).</translation>
    </message>
    <message>
        <location filename="../safety_texts.py" line="38"/>
        <source>Go gently and keep every move comfortable.</source>
        <translation>Geh behutsam vor und mach jede Übung nur so, dass sie sich gut anfühlt.</translation>
    </message>
    <message>
        <location filename="../safety_texts.py" line="67"/>
        <source>New numbness or tingling in a leg or foot</source>
        <translation>Neue Taubheit oder neues Kribbeln in einem Bein oder Fuß</translation>
    </message>
    <message>
        <location filename="../safety_texts.py" line="68"/>
        <source>Numbness or tingling around the bottom, the genitals or the inner thighs (where you sit on a saddle)</source>
        <translation>Taubheit oder Kribbeln an Gesäß, Genitalien oder Innenseiten der Oberschenkel (wo man auf dem Sattel sitzt)</translation>
    </message>
    <message>
        <location filename="../safety_texts.py" line="73"/>
        <source>New weakness in a leg or foot (tripping, or a foot that drags or slaps)</source>
        <translation>Neue Schwäche in einem Bein oder Fuß (du stolperst, ein Fuß schleift oder klatscht auf)</translation>
    </message>
    <message>
        <location filename="../safety_texts.py" line="76"/>
        <source>Trouble controlling or passing urine or stools</source>
        <translation>Schwierigkeiten, Harn oder Stuhl zu halten oder auszuscheiden</translation>
    </message>
    <message>
        <location filename="../safety_texts.py" line="79"/>
        <source>Fever, or feeling generally unwell with the pain</source>
        <translation>Fieber, oder du fühlst dich mit den Schmerzen allgemein krank</translation>
    </message>
    <message>
        <location filename="../safety_texts.py" line="80"/>
        <source>Weight loss you cannot explain</source>
        <translation>Gewichtsverlust, den du dir nicht erklären kannst</translation>
    </message>
    <message>
        <location filename="../safety_texts.py" line="81"/>
        <source>Pain at night that does not ease when you rest or change position</source>
        <translation>Schmerzen in der Nacht, die in Ruhe oder beim Umlagern nicht nachlassen</translation>
    </message>
    <message>
        <location filename="../safety_texts.py" line="84"/>
        <source>Pain that started after a fall, an accident or another injury</source>
        <translation>Schmerzen, die nach einem Sturz, einem Unfall oder einer anderen Verletzung begonnen haben</translation>
    </message>
    <message>
        <location filename="../safety_texts.py" line="89"/>
        <source>Warning signs: when to see a doctor</source>
        <translation>Warnzeichen: wann du ärztliche Hilfe brauchst</translation>
    </message>
    <message>
        <location filename="../safety_texts.py" line="90"/>
        <source>These signs are rare, but together with back pain they need a doctor, not a workout. Tick any you have noticed.</source>
        <translation>Diese Zeichen sind selten, aber zusammen mit Rückenschmerzen gehören sie in ärztliche Hände, nicht ins Training. Kreuze alle an, die dir aufgefallen sind.</translation>
    </message>
    <message>
        <location filename="../safety_texts.py" line="95"/>
        <source>If any of these apply, please stop the programme and see a doctor today. If you cannot control your bladder or bowel, or both legs feel numb or weak, go to an emergency department now. This checklist cannot tell what causes your pain; a doctor can.</source>
        <translation>Wenn eines davon zutrifft, unterbrich bitte das Programm und geh noch heute zu einer Ärztin oder einem Arzt. Wenn du Blase oder Darm nicht kontrollieren kannst oder sich beide Beine taub oder schwach anfühlen, geh sofort in eine Notaufnahme. Diese Liste kann nicht sagen, woher deine Schmerzen kommen; eine Ärztin oder ein Arzt kann das.</translation>
    </message>
    <message>
        <location filename="../safety_texts.py" line="101"/>
        <source>Thank you for telling us. The programme will not get harder until a doctor has checked your back. Please see a doctor now.</source>
        <translation>Danke, dass du es uns sagst. Das Programm wird nicht anspruchsvoller, bis eine Ärztin oder ein Arzt deinen Rücken untersucht hat. Bitte lass dich jetzt ärztlich untersuchen.</translation>
    </message>
    <message>
        <location filename="../safety_texts.py" line="106"/>
        <source>A flare-up of back pain is common and usually settles within days to a few weeks. Keep moving gently, within what feels easy: short walks and the gentle routine help more than bed rest. See a doctor or physiotherapist if the pain keeps getting worse, has not eased after two weeks, or comes with any of the warning signs.</source>
        <translation>Ein Schub von Rückenschmerzen ist häufig und klingt meist innerhalb von Tagen bis wenigen Wochen ab. Bleib sanft in Bewegung, so weit es sich leicht anfühlt: Kurze Spaziergänge und die sanfte Routine helfen mehr als Bettruhe. Geh zu einer Ärztin, einem Arzt oder in die Physiotherapie, wenn die Schmerzen immer schlimmer werden, nach zwei Wochen nicht nachgelassen haben oder zusammen mit einem der Warnzeichen auftreten.</translation>
    </message>
    <message>
        <location filename="../safety_texts.py" line="113"/>
        <source>Please get help now</source>
        <translation>Bitte hol dir jetzt Hilfe</translation>
    </message>
    <message>
        <location filename="../safety_texts.py" line="114"/>
        <source>What you ticked needs help today, not tomorrow. Please call your emergency number or go to an emergency department now, and tell them about your back pain and what you noticed. Do the same if both legs feel weak or numb. Please do not wait, and do not work out.</source>
        <translation>Was du angekreuzt hast, braucht heute Hilfe, nicht erst morgen. Bitte ruf jetzt den Notruf an oder geh in eine Notaufnahme und erzähl dort von deinen Rückenschmerzen und davon, was dir aufgefallen ist. Mach das auch, wenn sich beide Beine schwach oder taub anfühlen. Bitte warte nicht und trainiere nicht.</translation>
    </message>
    <message>
        <location filename="../safety_texts.py" line="120"/>
        <source>Good to hear</source>
        <translation>Schön zu hören</translation>
    </message>
    <message>
        <location filename="../safety_texts.py" line="121"/>
        <source>Thank you for letting us know a doctor has checked your back. The programme goes on from today, guided by the pain you log. If a warning sign comes back, tick it again and see a doctor.</source>
        <translation>Danke, dass du uns sagst, dass dein Rücken ärztlich untersucht wurde. Das Programm geht ab heute weiter und richtet sich nach den Schmerzen, die du einträgst. Wenn ein Warnzeichen wiederkommt, kreuze es wieder an und geh zu einer Ärztin oder einem Arzt.</translation>
    </message>
    <message>
        <location filename="../safety_texts.py" line="127"/>
        <source>Before this workout</source>
        <translation>Vor diesem Training</translation>
    </message>
    <message>
        <location filename="../safety_texts.py" line="128"/>
        <source>Your back hurts a lot right now (%1 out of 10).</source>
        <translation>Dein Rücken tut gerade sehr weh (%1 von 10).</translation>
    </message>
    <message>
        <location filename="../safety_texts.py" line="129"/>
        <source>You ticked a warning sign.</source>
        <translation>Du hast ein Warnzeichen angekreuzt.</translation>
    </message>
    <message>
        <location filename="../safety_texts.py" line="130"/>
        <source>A full workout may not be kind to your back today. You could do the gentle flare-up routine instead, or rest today. Please see a doctor now if you notice any of these:</source>
        <translation>Ein volles Training tut deinem Rücken heute vielleicht nicht gut. Du könntest stattdessen die sanfte Routine machen oder dich heute ausruhen. Bitte lass dich sofort ärztlich untersuchen, wenn dir eines davon auffällt:</translation>
    </message>
    <message>
        <location filename="../safety_texts.py" line="135"/>
        <source>Your back hurts a lot this morning (%1 out of 10). Be kind to it today: gentle movement helps more than rest in bed, and a workout can wait.</source>
        <translation>Dein Rücken tut heute Morgen sehr weh (%1 von 10). Geh heute sanft mit ihm um: Leichte Bewegung hilft mehr als Bettruhe, und das Training kann warten.</translation>
    </message>
    <message>
        <location filename="../safety_texts.py" line="140"/>
        <source>This report lists what was logged in backcare-desktop. It is not a diagnosis; it is meant to help a conversation with your physiotherapist or doctor.</source>
        <translation>Dieser Bericht listet auf, was in backcare-desktop eingetragen wurde. Er ist keine Diagnose, sondern soll dir das Gespräch in der Physiotherapie oder in der Arztpraxis erleichtern.</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <location filename="../history_model.py" line="102"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../history_model.py" line="103"/>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <location filename="../history_model.py" line="104"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../history_model.py" line="105"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../history_model.py" line="106"/>
        <source>Pain before</source>
        <translation>Schmerz
vorher</translation>
    </message>
    <message>
        <location filename="../history_model.py" line="107"/>
        <source>Pain after</source>
        <translation>Schmerz
nachher</translation>
    </message>
    <message>
        <location filename="../history_model.py" line="108"/>
        <source>Effort</source>
        <translation>Anstren-
gung</translation>
    </message>
    <message>
        <location filename="../history_model.py" line="109"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../history_model.py" line="112"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../history_model.py" line="113"/>
        <source>Stopped</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../history_model.py" line="114"/>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <location filename="../history_model.py" line="115"/>
        <source>In progress</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../history_model.py" line="243"/>
        <source>Not saved: %1.</source>
        <translation>Nicht gespeichert: %1.</translation>
    </message>
    <message>
        <location filename="../history_model.py" line="293"/>
        <source>ddd d MMM yyyy</source>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <location filename="../history_model.py" line="302"/>
        <source>A note can be at most %1 characters long.</source>
        <translation>Eine Notiz darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../history_model.py" line="313"/>
        <source>Effort is a whole number from %1 to %2; leave it empty to clear it.</source>
        <translation>Die Anstrengung ist eine ganze Zahl von %1 bis %2; lass das Feld leer, um den Wert zu löschen.</translation>
    </message>
    <message>
        <location filename="../history_model.py" line="315"/>
        <source>Pain is a whole number from %1 (none) to %2; leave it empty to clear it.</source>
        <translation>Der Schmerz ist eine ganze Zahl von %1 (keiner) bis %2; lass das Feld leer, um den Wert zu löschen.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../settings_dialog.py" line="66"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="86"/>
        <source>Sound</source>
        <translation>Ton</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="91"/>
        <source>Cue volume</source>
        <translation>Lautstärke der Signale</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="97"/>
        <source>&amp;Volume</source>
        <translation>&amp;Lautstärke</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="98"/>
        <source>&amp;Mute all cues</source>
        <translation>Alle Signale stu&amp;mmschalten</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="102"/>
        <source>Sound style</source>
        <translation>Klangstil</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="104"/>
        <source>Soft (quiet mornings)</source>
        <translation>Sanft (für ruhige Morgen)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="104"/>
        <source>Bright</source>
        <translation>Klar</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="107"/>
        <source>&amp;Test sound</source>
        <translation>Klang &amp;testen</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="114"/>
        <source>Sound &amp;style</source>
        <translation>&amp;Klangstil</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="108"/>
        <source>Play a test cue (tones only)</source>
        <translation>Ein Testsignal abspielen (nur Töne)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="118"/>
        <source>Voice</source>
        <translation>Sprachausgabe</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="122"/>
        <source>Speak the cues (each move, what comes next, halfway)</source>
        <translation>Hinweise ansagen (jede Übung, was als Nächstes kommt, Halbzeit)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="126"/>
        <source>Speaking voice</source>
        <translation>Sprechstimme</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="127"/>
        <source>Test v&amp;oice</source>
        <translation>Stimme t&amp;esten</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="128"/>
        <source>Say a test sentence with this voice</source>
        <translation>Einen Testsatz mit dieser Stimme sprechen</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="133"/>
        <source>Spea&amp;ker</source>
        <translation>&amp;Stimme</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="137"/>
        <source>Speaking rate</source>
        <translation>Sprechtempo</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="145"/>
        <source>&amp;Rate</source>
        <translation>Tem&amp;po</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="159"/>
        <source>Default voice for the language</source>
        <translation>Standardstimme der Sprache</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="167"/>
        <source>Starting the speech service…</source>
        <translation>Sprachdienst wird gestartet…</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="170"/>
        <source>No text-to-speech voice was found: tones are used instead.</source>
        <translation>Es wurde keine Sprachausgabe gefunden: Stattdessen erklingen Töne.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="193"/>
        <source>Workouts</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="197"/>
        <source>As the routine says</source>
        <translation>Wie in der Routine</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="198"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="200"/>
        <source>Get-ready time in seconds</source>
        <translation>Vorbereitungszeit in Sekunden</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="201"/>
        <source>&amp;Get ready</source>
        <translation>&amp;Vorbereitung</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="204"/>
        <source>Move on from reps moves by themselves (about %1 s a rep)</source>
        <translation>Wiederholungsübungen von selbst beenden (etwa %1 s je Wiederholung)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="209"/>
        <source>The voice says &quot;last rep&quot; before the end; Done still ends a move sooner. A routine can ask for either way.</source>
        <translation>Vor dem Ende sagt die Stimme „Letzte Wiederholung“; mit „Fertig“ beendest du eine Übung trotzdem früher. Eine Routine kann das eine oder das andere festlegen.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="218"/>
        <source> sessions a week</source>
        <translation> Einheiten pro Woche</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="219"/>
        <source>Weekly goal: sessions</source>
        <translation>Wochenziel: Einheiten</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="223"/>
        <source> minutes each</source>
        <translation> Minuten je Einheit</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="224"/>
        <source>Weekly goal: minutes per session</source>
        <translation>Wochenziel: Minuten pro Einheit</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="228"/>
        <source>Weekly &amp;goal</source>
        <translation>Wochen&amp;ziel</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="229"/>
        <source>Ask how my back feels before a workout</source>
        <translation>Vor dem Training fragen, wie sich mein Rücken anfühlt</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="233"/>
        <source>Colour scheme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="235"/>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="236"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="237"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="242"/>
        <source>&amp;Colours</source>
        <translation>&amp;Farben</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="243"/>
        <source>&amp;Reduce motion: show the figures&apos; poses still</source>
        <translation>Weniger &amp;Bewegung: Figuren als Standbild zeigen</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="249"/>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="251"/>
        <source>Remind me to do my back routine (while the app runs)</source>
        <translation>An meine Rückenroutine erinnern (solange die App läuft)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="257"/>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="258"/>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="259"/>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="260"/>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="261"/>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="262"/>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="263"/>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="268"/>
        <source>Remind on %1</source>
        <translation>Erinnerung am %1</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="271"/>
        <source>On</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="274"/>
        <source>Reminder time</source>
        <translation>Uhrzeit der Erinnerung</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="275"/>
        <source>At</source>
        <translation>Um</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="277"/>
        <source>Start at &amp;login, minimised to the tray (so reminders reach me)</source>
        <translation>Beim Anmel&amp;den im Infobereich starten (damit mich Erinnerungen erreichen)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="292"/>
        <source>Start at login</source>
        <translation>Beim Anmelden starten</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="294"/>
        <source>Could not change the autostart entry %1 (%2).</source>
        <translation>Der Autostart-Eintrag %1 konnte nicht geändert werden (%2).</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../help_dialogs.py" line="39"/>
        <source>Pause or resume</source>
        <translation>Pausieren oder fortsetzen</translation>
    </message>
    <message>
        <location filename="../help_dialogs.py" line="39"/>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <location filename="../help_dialogs.py" line="41"/>
        <source>Right / N</source>
        <translation>Pfeil rechts / N</translation>
    </message>
    <message>
        <location filename="../help_dialogs.py" line="42"/>
        <source>Skip to the next part</source>
        <translation>Zum nächsten Abschnitt springen</translation>
    </message>
    <message>
        <location filename="../help_dialogs.py" line="45"/>
        <source>Left / P</source>
        <translation>Pfeil links / P</translation>
    </message>
    <message>
        <location filename="../help_dialogs.py" line="46"/>
        <source>Back: restart the part (in its first 2 s: the one before)</source>
        <translation>Zurück: den Abschnitt neu starten (in seinen ersten 2 s: zum vorigen)</translation>
    </message>
    <message>
        <location filename="../help_dialogs.py" line="49"/>
        <location filename="../help_dialogs.py" line="69"/>
        <source>Enter</source>
        <translation>Eingabetaste</translation>
    </message>
    <message>
        <location filename="../help_dialogs.py" line="50"/>
        <source>Done (moves counted in reps)</source>
        <translation>Fertig (bei Übungen mit Wiederholungen)</translation>
    </message>
    <message>
        <location filename="../help_dialogs.py" line="52"/>
        <location filename="../help_dialogs.py" line="54"/>
        <source>Show or hide the move&apos;s instructions</source>
        <translation>Die Anleitung der Übung zeigen oder verbergen</translation>
    </message>
    <message>
        <location filename="../help_dialogs.py" line="53"/>
        <source>Mute or unmute</source>
        <translation>Ton aus oder an</translation>
    </message>
    <message>
        <location filename="../help_dialogs.py" line="55"/>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <location filename="../help_dialogs.py" line="57"/>
        <location filename="../help_dialogs.py" line="130"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../help_dialogs.py" line="58"/>
        <source>Stop (asks first after the first 30 seconds)</source>
        <translation>Beenden (nach den ersten 30 Sekunden mit Rückfrage)</translation>
    </message>
    <message>
        <location filename="../help_dialogs.py" line="62"/>
        <source>Routine list</source>
        <translation>Routinenliste</translation>
    </message>
    <message>
        <location filename="../help_dialogs.py" line="63"/>
        <source>Pain question</source>
        <translation>Schmerzfrage</translation>
    </message>
    <message>
        <location filename="../help_dialogs.py" line="64"/>
        <source>After a workout</source>
        <translation>Nach dem Training</translation>
    </message>
    <message>
        <location filename="../help_dialogs.py" line="65"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../help_dialogs.py" line="70"/>
        <source>Start the selected routine</source>
        <translation>Die ausgewählte Routine starten</translation>
    </message>
    <message>
        <location filename="../help_dialogs.py" line="74"/>
        <source>Up / Down (in the search box)</source>
        <translation>Pfeil hoch / runter (im Suchfeld)</translation>
    </message>
    <message>
        <location filename="../help_dialogs.py" line="75"/>
        <source>Move the selection in the list</source>
        <translation>Die Auswahl in der Liste bewegen</translation>
    </message>
    <message>
        <location filename="../help_dialogs.py" line="79"/>
        <source>Esc (in the search box)</source>
        <translation>Esc (im Suchfeld)</translation>
    </message>
    <message>
        <location filename="../help_dialogs.py" line="80"/>
        <source>Clear the search; once empty, back to the list</source>
        <translation>Die Suche leeren; ist sie leer, zurück zur Liste</translation>
    </message>
    <message>
        <location filename="../help_dialogs.py" line="83"/>
        <source>Routine editor</source>
        <translation>Routinen-Editor</translation>
    </message>
    <message>
        <location filename="../help_dialogs.py" line="84"/>
        <source>Alt+Up / Alt+Down</source>
        <translation>Alt+Pfeil hoch / Alt+Pfeil runter</translation>
    </message>
    <message>
        <location filename="../help_dialogs.py" line="85"/>
        <source>Move the current move up or down</source>
        <translation>Die aktuelle Übung nach oben oder unten verschieben</translation>
    </message>
    <message>
        <location filename="../help_dialogs.py" line="88"/>
        <source>Today (following a programme)</source>
        <translation>Heute (wenn du einem Programm folgst)</translation>
    </message>
    <message>
        <location filename="../help_dialogs.py" line="90"/>
        <source>Start today&apos;s session</source>
        <translation>Die heutige Einheit starten</translation>
    </message>
    <message>
        <location filename="../help_dialogs.py" line="92"/>
        <source>Answer</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location filename="../help_dialogs.py" line="95"/>
        <source>S / Esc</source>
        <translation>S / Esc</translation>
    </message>
    <message>
        <location filename="../help_dialogs.py" line="96"/>
        <source>Skip the question</source>
        <translation>Die Frage überspringen</translation>
    </message>
    <message>
        <location filename="../help_dialogs.py" line="101"/>
        <source>Rate pain or effort (0 is 10 for effort)</source>
        <translation>Schmerz oder Anstrengung bewerten (0 steht bei der Anstrengung für 10)</translation>
    </message>
    <message>
        <location filename="../help_dialogs.py" line="105"/>
        <source>Left / Right, Up / Down</source>
        <translation>Pfeil links / rechts, hoch / runter</translation>
    </message>
    <message>
        <location filename="../help_dialogs.py" line="106"/>
        <source>One less or one more</source>
        <translation>Eins weniger oder eins mehr</translation>
    </message>
    <message>
        <location filename="../help_dialogs.py" line="110"/>
        <source>Home / End</source>
        <translation>Pos1 / Ende</translation>
    </message>
    <message>
        <location filename="../help_dialogs.py" line="111"/>
        <source>Lowest or highest</source>
        <translation>Niedrigster oder höchster Wert</translation>
    </message>
    <message>
        <location filename="../help_dialogs.py" line="115"/>
        <location filename="../help_dialogs.py" line="120"/>
        <source>Delete</source>
        <translation>Entf</translation>
    </message>
    <message>
        <location filename="../help_dialogs.py" line="116"/>
        <source>Clear the answer</source>
        <translation>Die Antwort löschen</translation>
    </message>
    <message>
        <location filename="../help_dialogs.py" line="121"/>
        <source>Delete the selected sessions (with undo)</source>
        <translation>Die ausgewählten Einheiten löschen (rückgängig machbar)</translation>
    </message>
    <message>
        <location filename="../help_dialogs.py" line="125"/>
        <source>Ctrl+Z</source>
        <translation>Strg+Z</translation>
    </message>
    <message>
        <location filename="../help_dialogs.py" line="126"/>
        <source>Undo the delete</source>
        <translation>Das Löschen rückgängig machen</translation>
    </message>
    <message>
        <location filename="../help_dialogs.py" line="131"/>
        <source>Back to the routine list</source>
        <translation>Zurück zur Routinenliste</translation>
    </message>
    <message>
        <location filename="../help_dialogs.py" line="160"/>
        <source>During a workout</source>
        <translation>Während des Trainings</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../help_dialogs.py" line="173"/>
        <location filename="../help_dialogs.py" line="177"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../help_dialogs.py" line="175"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../help_dialogs.py" line="175"/>
        <source>What they do</source>
        <translation>Was sie tun</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <location filename="../../audio/speech.py" line="77"/>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <location filename="../../audio/speech.py" line="84"/>
        <source>To hear the cues spoken, install a voice: sudo apt install speech-dispatcher espeak-ng (then restart the app).</source>
        <translation>Damit die Hinweise gesprochen werden, installiere eine Stimme: sudo apt install speech-dispatcher espeak-ng (dann die App neu starten).</translation>
    </message>
    <message>
        <location filename="../../audio/speech.py" line="89"/>
        <source>To hear the cues spoken, install speech-dispatcher and a voice for it, such as espeak-ng, with your system&apos;s package manager (then restart the app).</source>
        <translation>Damit die Hinweise gesprochen werden, installiere speech-dispatcher und eine Stimme dafür, etwa espeak-ng, mit der Paketverwaltung deines Systems (dann die App neu starten).</translation>
    </message>
</context>
<context>
    <name>StatusArea</name>
    <message>
        <location filename="../status_area.py" line="22"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../core/timeline_texts.py" line="51"/>
        <source>Get ready</source>
        <translation>Mach dich bereit</translation>
    </message>
    <message>
        <location filename="../../core/timeline_texts.py" line="52"/>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../core/timeline_texts.py" line="53"/>
        <location filename="../../core/timeline_texts.py" line="66"/>
        <source>Switch sides</source>
        <translation>Seite wechseln</translation>
    </message>
    <message>
        <location filename="../../core/timeline_texts.py" line="54"/>
        <source>Round rest</source>
        <translation>Rundenpause</translation>
    </message>
    <message>
        <location filename="../../core/timeline_texts.py" line="56"/>
        <source>Get ready. First: %1</source>
        <translation>Mach dich bereit. Zuerst: %1</translation>
    </message>
    <message>
        <location filename="../../core/timeline_texts.py" line="58"/>
        <source>First: %1</source>
        <translation>Zuerst: %1</translation>
    </message>
    <message>
        <location filename="../../core/timeline_texts.py" line="59"/>
        <source>Next: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
    <message>
        <location filename="../../core/timeline_texts.py" line="60"/>
        <source>Last move</source>
        <translation>Letzte Übung</translation>
    </message>
    <message>
        <location filename="../../core/timeline_texts.py" line="61"/>
        <source>Rest. Next: %1</source>
        <translation>Pause. Als Nächstes: %1</translation>
    </message>
    <message>
        <location filename="../../core/timeline_texts.py" line="63"/>
        <source>Round %1 of %2 done. Rest. Next: %3</source>
        <translation>Runde %1 von %2 geschafft. Pause. Als Nächstes: %3</translation>
    </message>
    <message>
        <location filename="../../core/timeline_texts.py" line="67"/>
        <source>Halfway</source>
        <translation>Halbzeit</translation>
    </message>
    <message>
        <location filename="../../core/timeline_texts.py" line="68"/>
        <source>Last rep</source>
        <translation>Letzte Wiederholung</translation>
    </message>
    <message>
        <location filename="../../core/timeline_texts.py" line="69"/>
        <source>Workout complete. Well done.</source>
        <translation>Training geschafft. Gut gemacht!</translation>
    </message>
    <message>
        <location filename="../../core/timeline_texts.py" line="70"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../core/timeline_texts.py" line="71"/>
        <source>left side</source>
        <translation>linke Seite</translation>
    </message>
    <message>
        <location filename="../../core/timeline_texts.py" line="72"/>
        <source>right side</source>
        <translation>rechte Seite</translation>
    </message>
    <message>
        <location filename="../../core/timeline_texts.py" line="73"/>
        <source>%1 seconds</source>
        <translation>%1 Sekunden</translation>
    </message>
    <message>
        <location filename="../../core/timeline_texts.py" line="74"/>
        <source>%1 reps</source>
        <translation>%1 Wiederholungen</translation>
    </message>
    <message>
        <location filename="../texts.py" line="36"/>
        <source>Swan dive</source>
        <translation>Schwan</translation>
    </message>
    <message>
        <location filename="../texts.py" line="37"/>
        <source>Plank</source>
        <translation>Planke</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../today_page.py" line="76"/>
        <source>Each session runs at the level the plan gives it, or at your level if that is lower.</source>
        <translation>Jede Einheit läuft auf der Stufe, die der Plan für sie vorsieht, oder auf deiner Stufe, wenn diese niedriger ist.</translation>
    </message>
    <message>
        <location filename="../today_page.py" line="82"/>
        <location filename="../today_page.py" line="230"/>
        <source>&amp;Start (Enter)</source>
        <translation>&amp;Starten (Eingabetaste)</translation>
    </message>
    <message>
        <location filename="../today_page.py" line="87"/>
        <source>Sessions done this week</source>
        <translation>Diese Woche gemachte Einheiten</translation>
    </message>
    <message>
        <location filename="../today_page.py" line="94"/>
        <source>Do the &amp;gentle flare-up routine (Enter)</source>
        <translation>Die sa&amp;nfte Routine machen (Eingabetaste)</translation>
    </message>
    <message>
        <location filename="../today_page.py" line="97"/>
        <source>&amp;Resume the programme</source>
        <translation>Programm &amp;fortsetzen</translation>
    </message>
    <message>
        <location filename="../today_page.py" line="99"/>
        <source>A doctor has checked my back</source>
        <translation>Mein Rücken wurde ärztlich untersucht</translation>
    </message>
    <message>
        <location filename="../today_page.py" line="101"/>
        <source>All &amp;routines</source>
        <translation>Alle R&amp;outinen</translation>
    </message>
    <message>
        <location filename="../today_page.py" line="103"/>
        <source>&amp;Warning signs…</source>
        <translation>&amp;Warnzeichen…</translation>
    </message>
    <message>
        <location filename="../today_page.py" line="145"/>
        <source>Reading today&apos;s session…</source>
        <translation>Die heutige Einheit wird gelesen …</translation>
    </message>
    <message>
        <location filename="../today_page.py" line="187"/>
        <source>programme week %1 of %2</source>
        <translation>Programmwoche %1 von %2</translation>
    </message>
    <message>
        <location filename="../today_page.py" line="190"/>
        <source>programme week %1</source>
        <translation>Programmwoche %1</translation>
    </message>
    <message>
        <location filename="../today_page.py" line="194"/>
        <source>Week %1 (%2), sessions up to level %3</source>
        <translation>Woche %1 (%2), Einheiten bis Stufe %3</translation>
    </message>
    <message>
        <location filename="../today_page.py" line="201"/>
        <source>This week: %1 of %2 sessions done</source>
        <translation>Diese Woche: %1 von %2 Einheiten geschafft</translation>
    </message>
    <message>
        <location filename="../today_page.py" line="230"/>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location filename="../today_page.py" line="233"/>
        <source>The programme is paused.</source>
        <translation>Das Programm ist angehalten.</translation>
    </message>
    <message>
        <location filename="../today_page.py" line="234"/>
        <source>Resume it when you are ready; nothing is lost.</source>
        <translation>Setz es fort, wenn du so weit bist; nichts geht verloren.</translation>
    </message>
    <message>
        <location filename="../today_page.py" line="236"/>
        <source>Progression is stopped for now.</source>
        <translation>Die Steigerung ist vorerst angehalten.</translation>
    </message>
    <message>
        <location filename="../today_page.py" line="239"/>
        <source>Programme finished. Well done!</source>
        <translation>Programm abgeschlossen. Gut gemacht!</translation>
    </message>
    <message>
        <location filename="../today_page.py" line="240"/>
        <source>Choose another programme, or keep any routine.</source>
        <translation>Wähl ein anderes Programm oder bleib bei einer Routine deiner Wahl.</translation>
    </message>
    <message>
        <location filename="../today_page.py" line="242"/>
        <source>This week&apos;s sessions are done.</source>
        <translation>Die Einheiten dieser Woche sind geschafft.</translation>
    </message>
    <message>
        <location filename="../today_page.py" line="243"/>
        <source>Rest, or pick any routine you enjoy.</source>
        <translation>Ruh dich aus oder such dir eine Routine aus, die dir Spaß macht.</translation>
    </message>
    <message>
        <location filename="../today_page.py" line="247"/>
        <source>Done today. Next: %1</source>
        <translation>Heute geschafft. Als Nächstes: %1</translation>
    </message>
    <message>
        <location filename="../today_page.py" line="247"/>
        <source>Today: %1</source>
        <translation>Heute: %1</translation>
    </message>
    <message>
        <location filename="../today_page.py" line="251"/>
        <source>%1 · about %2 min</source>
        <translation>%1 · etwa %2 Min.</translation>
    </message>
</context>
<context>
    <name>WorkoutGateDialog</name>
    <message>
        <location filename="../programme_dialogs.py" line="109"/>
        <source>Do the &amp;gentle routine</source>
        <translation>Die &amp;sanfte Routine machen</translation>
    </message>
    <message>
        <location filename="../programme_dialogs.py" line="110"/>
        <source>Start &amp;anyway</source>
        <translation>&amp;Trotzdem starten</translation>
    </message>
    <message>
        <location filename="../programme_dialogs.py" line="111"/>
        <source>&amp;Stop for today</source>
        <translation>Für &amp;heute aufhören</translation>
    </message>
</context>
<context>
    <name>WorkoutTray</name>
    <message>
        <location filename="../tray.py" line="37"/>
        <location filename="../tray.py" line="49"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../tray.py" line="39"/>
        <source>Show Backcare</source>
        <translation>Backcare anzeigen</translation>
    </message>
    <message>
        <location filename="../tray.py" line="49"/>
        <source>Resume</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../tray.py" line="66"/>
        <source>Time for your back routine</source>
        <translation>Zeit für deine Rückenroutine</translation>
    </message>
    <message>
        <location filename="../tray.py" line="67"/>
        <source>Ten minutes now keeps your back happy on the next run.</source>
        <translation>Zehn Minuten jetzt, und dein Rücken dankt es dir beim nächsten Lauf.</translation>
    </message>
</context>
<context>
    <name>WorkoutView</name>
    <message>
        <location filename="../player_layout.py" line="67"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../player_layout.py" line="72"/>
        <source>Finish this move (Enter)</source>
        <translation>Diese Übung beenden (Eingabetaste)</translation>
    </message>
    <message>
        <location filename="../player_layout.py" line="75"/>
        <source>Done: finish this move</source>
        <translation>Fertig: diese Übung beenden</translation>
    </message>
    <message>
        <location filename="../player_layout.py" line="81"/>
        <source>Spoken cue</source>
        <translation>Gesprochener Hinweis</translation>
    </message>
    <message>
        <location filename="../player_layout.py" line="88"/>
        <source>Progress of this part</source>
        <translation>Fortschritt dieses Abschnitts</translation>
    </message>
    <message>
        <location filename="../player_layout.py" line="92"/>
        <source>How to do the move</source>
        <translation>So geht die Übung</translation>
    </message>
    <message>
        <location filename="../player_layout.py" line="117"/>
        <source>Workout %p%</source>
        <translation>Training %p %</translation>
    </message>
    <message>
        <location filename="../player_layout.py" line="119"/>
        <source>Progress of the whole workout</source>
        <translation>Fortschritt des ganzen Trainings</translation>
    </message>
    <message>
        <location filename="../player_layout.py" line="146"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../player_layout.py" line="147"/>
        <source>Restart this part, or go back (Left or P)</source>
        <translation>Diesen Abschnitt neu starten oder zurückgehen (Pfeil links oder P)</translation>
    </message>
    <message>
        <location filename="../player_layout.py" line="151"/>
        <location filename="../workout_view.py" line="328"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../player_layout.py" line="152"/>
        <source>Pause or resume (Space)</source>
        <translation>Pausieren oder fortsetzen (Leertaste)</translation>
    </message>
    <message>
        <location filename="../player_layout.py" line="156"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location filename="../player_layout.py" line="157"/>
        <source>Skip to the next part (Right or N)</source>
        <translation>Zum nächsten Abschnitt springen (Pfeil rechts oder N)</translation>
    </message>
    <message>
        <location filename="../player_layout.py" line="161"/>
        <location filename="../workout_view.py" line="422"/>
        <source>Mute</source>
        <translation>Ton aus</translation>
    </message>
    <message>
        <location filename="../player_layout.py" line="162"/>
        <source>Mute or unmute the cues (M)</source>
        <translation>Signale aus- oder einschalten (M)</translation>
    </message>
    <message>
        <location filename="../player_layout.py" line="166"/>
        <source>Instructions (I)</source>
        <translation>Anleitung (I)</translation>
    </message>
    <message>
        <location filename="../player_layout.py" line="167"/>
        <source>Show or hide how to do the move (I)</source>
        <translation>Anleitung der Übung zeigen oder verbergen (I)</translation>
    </message>
    <message>
        <location filename="../player_layout.py" line="171"/>
        <location filename="../workout_view.py" line="430"/>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <location filename="../player_layout.py" line="172"/>
        <source>Full screen on or off (F11)</source>
        <translation>Vollbild ein oder aus (F11)</translation>
    </message>
    <message>
        <location filename="../player_layout.py" line="176"/>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../player_layout.py" line="177"/>
        <source>End the workout (Esc)</source>
        <translation>Training beenden (Esc)</translation>
    </message>
    <message>
        <location filename="../workout_view.py" line="210"/>
        <source>Works: %1</source>
        <translation>Trainiert: %1</translation>
    </message>
    <message>
        <location filename="../workout_view.py" line="262"/>
        <source>Switch to the %1</source>
        <translation>Jetzt die %1</translation>
    </message>
    <message>
        <location filename="../workout_view.py" line="263"/>
        <source>Next: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
    <message>
        <location filename="../workout_view.py" line="195"/>
        <source>Round %1 of %2</source>
        <translation>Runde %1 von %2</translation>
    </message>
    <message>
        <location filename="../workout_view.py" line="268"/>
        <source>GET READY</source>
        <translation>MACH DICH BEREIT</translation>
    </message>
    <message>
        <location filename="../workout_view.py" line="269"/>
        <source>WORK</source>
        <translation>ÜBUNG</translation>
    </message>
    <message>
        <location filename="../workout_view.py" line="270"/>
        <source>REST</source>
        <translation>PAUSE</translation>
    </message>
    <message>
        <location filename="../workout_view.py" line="271"/>
        <source>SWITCH SIDES</source>
        <translation>SEITE WECHSELN</translation>
    </message>
    <message>
        <location filename="../workout_view.py" line="272"/>
        <source>ROUND REST</source>
        <translation>RUNDENPAUSE</translation>
    </message>
    <message>
        <location filename="../workout_view.py" line="274"/>
        <source>PAUSED</source>
        <translation>ANGEHALTEN</translation>
    </message>
    <message>
        <location filename="../workout_view.py" line="311"/>
        <source>%1: %2 left</source>
        <translation>%1: noch %2</translation>
    </message>
    <message>
        <location filename="../workout_view.py" line="319"/>
        <source>%1 done · %2 left</source>
        <translation>%1 geschafft · noch %2</translation>
    </message>
    <message>
        <location filename="../workout_view.py" line="328"/>
        <source>Resume</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../workout_view.py" line="422"/>
        <source>Unmute</source>
        <translation>Ton an</translation>
    </message>
    <message>
        <location filename="../workout_view.py" line="430"/>
        <source>Exit full screen</source>
        <translation>Vollbild beenden</translation>
    </message>
    <message>
        <location filename="../workout_view.py" line="468"/>
        <source>Stop the workout?</source>
        <translation>Training beenden?</translation>
    </message>
    <message>
        <location filename="../workout_view.py" line="469"/>
        <source>Stop now? What you have done so far is saved.</source>
        <translation>Jetzt aufhören? Was du bisher geschafft hast, wird gespeichert.</translation>
    </message>
</context>
</TS>
