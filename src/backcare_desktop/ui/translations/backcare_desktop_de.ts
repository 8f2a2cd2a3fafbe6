<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AfterWorkoutForm</name>
    <message>
        <location filename="../feedback.py" line="125"/>
        <source>Back pain after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../feedback.py" line="126"/>
        <source>Effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../feedback.py" line="127"/>
        <source>A note for later (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../feedback.py" line="128"/>
        <location filename="../feedback.py" line="136"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../feedback.py" line="130"/>
        <source>Save how it went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../feedback.py" line="134"/>
        <source>Back pain now (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../feedback.py" line="135"/>
        <source>Effort (1–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../feedback.py" line="160"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartData</name>
    <message>
        <location filename="../history_view.py" line="486"/>
        <source>Streak now (weeks): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_view.py" line="489"/>
        <source>Longest (weeks): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_view.py" line="490"/>
        <source>Weekly goal: %1 × %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_view.py" line="494"/>
        <source>no workout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_view.py" line="495"/>
        <source>under %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_view.py" line="496"/>
        <location filename="../history_view.py" line="497"/>
        <source>%1 min+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_view.py" line="503"/>
        <source>Minutes per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_view.py" line="504"/>
        <source>goal %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_view.py" line="507"/>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_view.py" line="508"/>
        <source>week starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_view.py" line="509"/>
        <source>Last %1 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_view.py" line="510"/>
        <source>Pain before and after (latest %1 logged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_view.py" line="513"/>
        <source>pain 0-10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_view.py" line="514"/>
        <source>before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_view.py" line="515"/>
        <source>after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_view.py" line="516"/>
        <source>No pain logged yet. Rate it after a workout to see the trend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_view.py" line="517"/>
        <source>Time per muscle group, last %1 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_view.py" line="520"/>
        <source>No workouts in the last %1 weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_view.py" line="521"/>
        <source>History charts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <location filename="../feedback.py" line="25"/>
        <source>Most back pain in runners comes from muscles that are doing too much for weak glutes, core, hips or hamstrings, and it usually eases as they get stronger. Pain that is sharp, spreads down a leg, or may come from a bone or a disc needs a doctor or a physiotherapist, not a workout.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../history_view.py" line="611"/>
        <source>Your history can only be read here, so editing, deleting and restoring are turned off. You can still export it and back it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_view.py" line="621"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_view.py" line="622"/>
        <source>Back to the routines (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_view.py" line="623"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_view.py" line="633"/>
        <source>this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_view.py" line="634"/>
        <source>week streak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_view.py" line="635"/>
        <source>longest streak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_view.py" line="636"/>
        <source>sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_view.py" line="670"/>
        <source>&lt;h2&gt;No workouts yet&lt;/h2&gt;&lt;p&gt;Start with 10 minutes of Pilates for the spine: shoulder bridge, swan dive, plank and calf raises. Three short sessions a week make a good start.&lt;/p&gt;&lt;p&gt;Every workout you do shows up here, with your minutes per week, your streak and how your back feels. Have a backup? Restore it below.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_view.py" line="706"/>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_view.py" line="709"/>
        <source>Every workout, newest first. Double-click pain, effort or note to edit; Delete removes the selected sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_view.py" line="737"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_view.py" line="738"/>
        <source>Bring the deleted sessions back (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_view.py" line="747"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_view.py" line="748"/>
        <source>Delete the selected sessions (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_view.py" line="749"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_view.py" line="750"/>
        <source>Save every session and move as a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_view.py" line="751"/>
        <source>Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_view.py" line="752"/>
        <source>Save a JSON backup of the whole history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_view.py" line="753"/>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_view.py" line="755"/>
        <source>Add the sessions of a backup; those already here are skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_view.py" line="759"/>
        <source>Last action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_view.py" line="771"/>
        <source>History charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_view.py" line="827"/>
        <source>Could not delete: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_view.py" line="850"/>
        <source>Could not undo: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_view.py" line="857"/>
        <source>Sessions brought back: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_view.py" line="867"/>
        <source>Could not export to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_view.py" line="873"/>
        <source>Exported to %1 (sessions: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_view.py" line="885"/>
        <source>Could not back up to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_view.py" line="891"/>
        <source>Backed up to %1 (sessions: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_view.py" line="904"/>
        <source>Nothing was restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_view.py" line="907"/>
        <source>Nothing was restored: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_view.py" line="910"/>
        <source>Restore done: %1 added, %2 skipped as already here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_view.py" line="922"/>
        <source>Export history as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_view.py" line="924"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_view.py" line="933"/>
        <source>Back up history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_view.py" line="935"/>
        <location filename="../history_view.py" line="944"/>
        <source>History backups (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_view.py" line="944"/>
        <source>Restore history from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_view.py" line="1004"/>
        <source>%1 / %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_view.py" line="1009"/>
        <source>%1 of %2 days done this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_view.py" line="1022"/>
        <source>You logged back pain of %1 out of 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_view.py" line="1027"/>
        <source>Your pain after workouts rose over your last three sessions (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_view.py" line="1033"/>
        <source>Go gently and keep every move comfortable. Pain that is sharp, shoots down a leg, or seems to come from a bone or a disc needs a doctor or physiotherapist first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_view.py" line="1051"/>
        <source>Deleted the session of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_view.py" line="1055"/>
        <source>Sessions deleted: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_view.py" line="1067"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryActions</name>
    <message>
        <location filename="../library_actions.py" line="42"/>
        <source>&amp;New routine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_actions.py" line="45"/>
        <source>&amp;Edit routine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_actions.py" line="49"/>
        <source>D&amp;uplicate routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_actions.py" line="55"/>
        <source>&amp;Delete routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_actions.py" line="60"/>
        <source>&amp;Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_actions.py" line="64"/>
        <source>&amp;Import routines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_actions.py" line="67"/>
        <source>E&amp;xport routine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_actions.py" line="106"/>
        <source>Could not save the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_actions.py" line="109"/>
        <source>Saved “%s”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_actions.py" line="135"/>
        <source>Could not duplicate the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_actions.py" line="150"/>
        <source>Could not delete the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_actions.py" line="154"/>
        <source>Deleted “%s”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_actions.py" line="163"/>
        <source>Could not restore the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_actions.py" line="168"/>
        <source>Restored “%s”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_actions.py" line="175"/>
        <source>Import routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_actions.py" line="186"/>
        <location filename="../library_actions.py" line="192"/>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_actions.py" line="193"/>
        <source>Could not save to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_actions.py" line="206"/>
        <source>Carried over: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_actions.py" line="207"/>
        <source>Not carried over: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_actions.py" line="211"/>
        <source>Imported %s routine(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_actions.py" line="212"/>
        <source>From %1 (%2):
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_actions.py" line="220"/>
        <source>Imported %s routine(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_actions.py" line="230"/>
        <source>Export routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_actions.py" line="242"/>
        <source>Could not export the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_actions.py" line="245"/>
        <source>Exported “%1” to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="58"/>
        <source>Backcare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="101"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="114"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="118"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="124"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="128"/>
        <source>&amp;Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="137"/>
        <source>Routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="150"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="151"/>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="161"/>
        <source>&amp;Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="183"/>
        <source>A workout is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="427"/>
        <source>You logged back pain of %s out of 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="429"/>
        <source>Your back pain after workouts rose over your last sessions (%s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="432"/>
        <source>About your back pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="467"/>
        <source>%1 · %2 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="474"/>
        <source>Time for your back routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="475"/>
        <source>Ten minutes now keeps your back happy on the next run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveList</name>
    <message>
        <location filename="../routine_editor.py" line="92"/>
        <source>Moves, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="93"/>
        <source>Drag to reorder, or Alt+Up and Alt+Down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PainBeforeDialog</name>
    <message>
        <location filename="../feedback.py" line="78"/>
        <source>Before you start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../feedback.py" line="82"/>
        <source>How does your back feel right now?
0 = no pain, 10 = the worst pain you can imagine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../feedback.py" line="87"/>
        <source>Back pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../feedback.py" line="89"/>
        <source>Press a number key, or Esc to skip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../feedback.py" line="91"/>
        <source>&amp;Skip</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message>
        <location filename="../routine_editor.py" line="122"/>
        <source>New routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="122"/>
        <source>Edit routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="142"/>
        <source>Problems to fix before saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="167"/>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="170"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="173"/>
        <location filename="../routine_editor.py" line="197"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="177"/>
        <location filename="../routine_editor.py" line="202"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="181"/>
        <source>Get-ready seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="182"/>
        <location filename="../routine_editor.py" line="204"/>
        <source>Rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="183"/>
        <source>Rest between rounds, seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="184"/>
        <source>Seconds to switch sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="189"/>
        <source>Focus: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="194"/>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="199"/>
        <source>Focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="203"/>
        <source>Get ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="205"/>
        <source>Round rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="206"/>
        <source>Switch sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="222"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="224"/>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="226"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="229"/>
        <source> move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="234"/>
        <source>Moves (drag or Alt+Up/Down to reorder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="240"/>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="243"/>
        <source>Move name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="246"/>
        <source>Timed or counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="247"/>
        <source>Timed (countdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="248"/>
        <source>Reps (press Done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="252"/>
        <source>Work seconds or rep count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="257"/>
        <source>Rest after the move, seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="260"/>
        <source>Sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="261"/>
        <source>Both sides together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="262"/>
        <source>Left, then right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="265"/>
        <source>Instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="268"/>
        <source>Spoken form cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="274"/>
        <source>Works: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="278"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="279"/>
        <source>&amp;Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="280"/>
        <source>&amp;Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="281"/>
        <source>R&amp;est after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="282"/>
        <source>&amp;Sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="283"/>
        <source>&amp;Instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="284"/>
        <source>Form &amp;cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="285"/>
        <source>Muscles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="333"/>
        <source> reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="444"/>
        <source>
…and %s more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="447"/>
        <source>Total: not known until the problems are fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="450"/>
        <source>Total: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="474"/>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routine_editor.py" line="475"/>
        <source>This routine has changes that are not saved. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutinePicker</name>
    <message>
        <location filename="../routine_list.py" line="150"/>
        <source>Search routines and moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routine_list.py" line="153"/>
        <source>Search routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routine_list.py" line="162"/>
        <source>Routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routine_list.py" line="193"/>
        <source>Got it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routine_list.py" line="194"/>
        <source>Dismiss this note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routine_list.py" line="219"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routine_list.py" line="224"/>
        <source>Show routines for %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routine_list.py" line="224"/>
        <source>all areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routine_list.py" line="245"/>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routine_list.py" line="245"/>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routine_list.py" line="245"/>
        <source>Rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routine_list.py" line="245"/>
        <source>Muscles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routine_list.py" line="252"/>
        <source>Moves of the selected routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routine_list.py" line="254"/>
        <location filename="../routine_list.py" line="257"/>
        <source>Start workout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routine_list.py" line="256"/>
        <source>Start the selected routine (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routine_list.py" line="281"/>
        <source> · Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routine_list.py" line="342"/>
        <source>No routine matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routine_list.py" line="344"/>
        <source>Clear the search or pick another focus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routine_list.py" line="350"/>
        <source>1 round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routine_list.py" line="350"/>
        <source>%s rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routine_list.py" line="355"/>
        <source> each side</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <location filename="../history_view.py" line="144"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_view.py" line="145"/>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_view.py" line="146"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_view.py" line="147"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_view.py" line="148"/>
        <source>Pain before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_view.py" line="149"/>
        <source>Pain after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_view.py" line="150"/>
        <source>Effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_view.py" line="151"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_view.py" line="154"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_view.py" line="155"/>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_view.py" line="156"/>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_view.py" line="157"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_view.py" line="257"/>
        <source>Not saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_view.py" line="295"/>
        <source>A note can be at most %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_view.py" line="308"/>
        <source>Effort is a whole number from %1 to %2; leave it empty to clear it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_view.py" line="310"/>
        <source>Pain is a whole number from %1 (none) to %2; leave it empty to clear it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../settings_dialog.py" line="40"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="55"/>
        <source>Sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="60"/>
        <source>Cue volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="66"/>
        <source>&amp;Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="67"/>
        <source>&amp;Mute all cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="71"/>
        <source>Sound style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="73"/>
        <source>Soft (quiet mornings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="73"/>
        <source>Bright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="76"/>
        <source>&amp;Test sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="77"/>
        <source>Play a test cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="83"/>
        <source>Sound &amp;style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="84"/>
        <source>Speak the cues (next move, halfway, switch sides)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="86"/>
        <source>V&amp;oice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="90"/>
        <source>No text-to-speech voice was found on this computer: tones are used instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="98"/>
        <source>Workouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="102"/>
        <source>As the routine says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="103"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="105"/>
        <source>Get-ready time in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="106"/>
        <source>&amp;Get ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="110"/>
        <source> sessions a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="111"/>
        <source>Weekly goal: sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="115"/>
        <source> minutes each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="116"/>
        <source>Weekly goal: minutes per session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="120"/>
        <source>Weekly &amp;goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="121"/>
        <source>Ask how my back feels before a workout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="125"/>
        <source>Colour scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="127"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="128"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="129"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="134"/>
        <source>&amp;Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="138"/>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="140"/>
        <source>Remind me to do my back routine (while the app runs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="146"/>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="147"/>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="148"/>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="149"/>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="150"/>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="151"/>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="152"/>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="157"/>
        <source>Remind on %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="160"/>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="163"/>
        <source>Reminder time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="164"/>
        <source>At</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkoutTray</name>
    <message>
        <location filename="../tray.py" line="36"/>
        <location filename="../tray.py" line="48"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tray.py" line="38"/>
        <source>Show Backcare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tray.py" line="48"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkoutView</name>
    <message>
        <location filename="../workout_view.py" line="124"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workout_view.py" line="125"/>
        <source>Finish this move (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workout_view.py" line="126"/>
        <source>Done: finish this move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workout_view.py" line="141"/>
        <source>Spoken cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workout_view.py" line="145"/>
        <source>Progress of this part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workout_view.py" line="162"/>
        <source>Workout %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workout_view.py" line="163"/>
        <source>Progress of the whole workout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workout_view.py" line="191"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workout_view.py" line="192"/>
        <source>Restart this part, or go back (Left or P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workout_view.py" line="196"/>
        <location filename="../workout_view.py" line="375"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workout_view.py" line="196"/>
        <source>Pause or resume (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workout_view.py" line="199"/>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workout_view.py" line="199"/>
        <source>Skip to the next part (Right or N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workout_view.py" line="202"/>
        <location filename="../workout_view.py" line="466"/>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workout_view.py" line="202"/>
        <source>Mute or unmute the cues (M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workout_view.py" line="206"/>
        <location filename="../workout_view.py" line="473"/>
        <source>Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workout_view.py" line="207"/>
        <source>Full screen on or off (F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workout_view.py" line="211"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workout_view.py" line="211"/>
        <source>End the workout (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workout_view.py" line="228"/>
        <source>Moves of this workout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workout_view.py" line="230"/>
        <source>Back to routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workout_view.py" line="295"/>
        <source>Round %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workout_view.py" line="310"/>
        <source>Works: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workout_view.py" line="330"/>
        <source>Switch to the %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workout_view.py" line="331"/>
        <source>Next: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workout_view.py" line="358"/>
        <source>%1: %2 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workout_view.py" line="368"/>
        <source>%1 done · %2 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workout_view.py" line="375"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workout_view.py" line="401"/>
        <source>Workout complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workout_view.py" line="401"/>
        <source>Workout stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workout_view.py" line="404"/>
        <source>%1 · %2 moves done · %3 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workout_view.py" line="413"/>
        <source>–  %s (skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workout_view.py" line="466"/>
        <source>Unmute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workout_view.py" line="473"/>
        <source>Exit full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workout_view.py" line="496"/>
        <source>Stop the workout?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workout_view.py" line="497"/>
        <source>Stop now? What you have done so far is saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
