<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../gui/crash.py" line="40" />
        <source>Duizhao: unexpected error</source>
        <translation>Duizhao: unexpected error</translation>
    </message>
    <message>
        <location filename="../../gui/crash.py" line="44" />
        <source>Something went wrong inside Duizhao. Your library has not been changed by this error and you can keep working.
Please copy the details below into a bug report.</source>
        <translation>Something went wrong inside Duizhao. Your library has not been changed by this error and you can keep working.
Please copy the details below into a bug report.</translation>
    </message>
    <message>
        <location filename="../../gui/crash.py" line="57" />
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <location filename="../../gui/import_dialog.py" line="101" />
        <source>Importing</source>
        <translation>Importing</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="102" />
        <source>Looking for files…</source>
        <translation>Looking for files…</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="103" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="125" />
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="132" />
        <source>{0} of {1} files · {2}</source>
        <translation>{0} of {1} files · {2}</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="151" />
        <source>The import stopped: {0}
Articles imported before stay imported.</source>
        <translation>The import stopped: {0}
Articles imported before stay imported.</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <location filename="../../gui/import_dialog.py" line="37" />
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="40" />
        <source>Imported: {0}</source>
        <translation>Imported: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="41" />
        <source>Already in the library: {0}</source>
        <translation>Already in the library: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="42" />
        <source>Failed: {0}</source>
        <translation>Failed: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="45" />
        <source>The import was cancelled; the files before it stay imported.</source>
        <translation>The import was cancelled; the files before it stay imported.</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="50" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="50" />
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/mainwindow.py" line="261" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="262" />
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="263" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="264" />
        <source>E&amp;ntities</source>
        <translation>E&amp;ntities</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="265" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="266" />
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="267" />
        <source>&amp;New Library…</source>
        <translation>&amp;New Library…</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="268" />
        <source>&amp;Open Library…</source>
        <translation>&amp;Open Library…</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="269" />
        <source>&amp;Import Files…</source>
        <translation>&amp;Import Files…</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="270" />
        <source>Import &amp;Folder…</source>
        <translation>Import &amp;Folder…</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="271" />
        <source>&amp;Export Selection…</source>
        <translation>&amp;Export Selection…</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="272" />
        <source>Export &amp;All Results…</source>
        <translation>Export &amp;All Results…</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="273" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="274" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="275" />
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="276" />
        <source>&amp;Extract Entities</source>
        <translation>&amp;Extract Entities</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="277" />
        <source>&amp;Stop Extraction</source>
        <translation>&amp;Stop Extraction</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="278" />
        <source>&amp;About Duizhao</source>
        <translation>&amp;About Duizhao</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="279" />
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="280" />
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="367" />
        <source>no library</source>
        <translation>no library</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="368" />
        <source>{0} — Duizhao</source>
        <translation>{0} — Duizhao</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="372" />
        <source>{0} articles in the library</source>
        <translation>{0} articles in the library</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="376" />
        <source>Duizhao</source>
        <translation>Duizhao</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="388" />
        <source>Cannot open the library:
{0}</source>
        <translation>Cannot open the library:
{0}</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="395" />
        <source>New library</source>
        <translation>New library</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="404" />
        <source>Open library</source>
        <translation>Open library</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="412" />
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="421" />
        <source>The library {0} no longer exists.</source>
        <translation>The library {0} no longer exists.</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="437" />
        <location filename="../../gui/mainwindow.py" line="485" />
        <source>Cannot search: {0}</source>
        <translation>Cannot search: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="467" />
        <source>{0} articles, {1} · {2:.0f} ms</source>
        <translation>{0} articles, {1} · {2:.0f} ms</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="472" />
        <source>“{0}”: {1} articles, {2} hits · {3:.0f} ms</source>
        <translation>“{0}”: {1} articles, {2} hits · {3:.0f} ms</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="487" />
        <source>The library cannot be read: {0}</source>
        <translation>The library cannot be read: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="493" />
        <source>newest first</source>
        <translation>newest first</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="494" />
        <source>oldest first</source>
        <translation>oldest first</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="495" />
        <source>by title</source>
        <translation>by title</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="496" />
        <source>by relevance</source>
        <translation>by relevance</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="533" />
        <source>{0} articles mention the selected entities</source>
        <translation>{0} articles mention the selected entities</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="580" />
        <source>Import files</source>
        <translation>Import files</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="586" />
        <source>Import folder</source>
        <translation>Import folder</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="594" />
        <source>An import is already running.</source>
        <translation>An import is already running.</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="638" />
        <source>Entities %v/%m</source>
        <translation>Entities %v/%m</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="663" />
        <source>Entities extracted from {0} articles</source>
        <translation>Entities extracted from {0} articles</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="672" />
        <source>Entity extraction stopped: {0}</source>
        <translation>Entity extraction stopped: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="694" />
        <source>Nothing selected to export</source>
        <translation>Nothing selected to export</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="697" />
        <source>Export to CSV</source>
        <translation>Export to CSV</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="721" />
        <source>The export failed: {0}</source>
        <translation>The export failed: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="725" />
        <source>Exporting {0} articles…</source>
        <translation>Exporting {0} articles…</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="729" />
        <source>Exported {0} articles to {1}</source>
        <translation>Exported {0} articles to {1}</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="755" />
        <source>About Duizhao</source>
        <translation>About Duizhao</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="757" />
        <source>Duizhao (对照 / 對照): an offline reference browser for Chinese-language news, in both scripts.</source>
        <translation>Duizhao (对照 / 對照): an offline reference browser for Chinese-language news, in both scripts.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../gui/preferences.py" line="15" />
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="19" />
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="25" />
        <source>Automatic (the other script)</source>
        <translation>Automatic (the other script)</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="37" />
        <source>The language changes as soon as you press OK.</source>
        <translation>The language changes as soon as you press OK.</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="45" />
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="46" />
        <source>&amp;Conversion:</source>
        <translation>&amp;Conversion:</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../gui/app.py" line="46" />
        <source>Open library</source>
        <translation>Open library</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../gui/app.py" line="40" />
        <source>Cannot open the library:
{0}

Choose another library.</source>
        <translation>Cannot open the library:
{0}

Choose another library.</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <location filename="../../gui/reader.py" line="206" />
        <source>Automatic (the other script)</source>
        <translation>Automatic (the other script)</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="221" />
        <source>&amp;Conversion:</source>
        <translation>&amp;Conversion:</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="224" />
        <source>How the second pane is converted from the original.
Automatic shows the other script: Simplified for a Traditional article, Traditional for a Simplified one.
A Simplified article is converted directly to the chosen variant; for a Traditional article and a Traditional variant (Taiwan, Hong Kong) the text is first made Simplified, then converted, so the variant's own characters and phrases show.</source>
        <translation>How the second pane is converted from the original.
Automatic shows the other script: Simplified for a Traditional article, Traditional for a Simplified one.
A Simplified article is converted directly to the chosen variant; for a Traditional article and a Traditional variant (Taiwan, Hong Kong) the text is first made Simplified, then converted, so the variant's own characters and phrases show.</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="233" />
        <source>Swap sides</source>
        <translation>Swap sides</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="234" />
        <source>Show the original on the other side</source>
        <translation>Show the original on the other side</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="235" />
        <source>Copy with citation</source>
        <translation>Copy with citation</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="236" />
        <source>Next hit</source>
        <translation>Next hit</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="237" />
        <source>Next hit (F3)</source>
        <translation>Next hit (F3)</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="238" />
        <source>Previous hit</source>
        <translation>Previous hit</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="239" />
        <source>Previous hit (Shift+F3)</source>
        <translation>Previous hit (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="240" />
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="241" />
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="242" />
        <source>Actual size</source>
        <translation>Actual size</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="297" />
        <source>No article open</source>
        <translation>No article open</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="334" />
        <source>{name}
{type} · {n} mention(s) in this article</source>
        <translation>{name}
{type} · {n} mention(s) in this article</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="383" />
        <source>no hits</source>
        <translation>no hits</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="386" />
        <source>hit {0} of {1}</source>
        <translation>hit {0} of {1}</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="437" />
        <source>Duizhao article {uid}</source>
        <translation>Duizhao article {uid}</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="449" />
        <source>Select some text to copy with its citation</source>
        <translation>Select some text to copy with its citation</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="453" />
        <source>Copied with citation</source>
        <translation>Copied with citation</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../gui/results_model.py" line="137" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../gui/results_model.py" line="137" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../gui/results_model.py" line="137" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../gui/results_model.py" line="137" />
        <source>Hits</source>
        <translation>Hits</translation>
    </message>
    <message>
        <location filename="../../gui/results_model.py" line="138" />
        <source>Context</source>
        <translation>Context</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../../gui/search_bar.py" line="145" />
        <source>Search both scripts: 创新 协同, "京津冀 协同", 北京 OR 天津, -河北</source>
        <translation>Search both scripts: 创新 协同, "京津冀 协同", 北京 OR 天津, -河北</translation>
    </message>
    <message>
        <location filename="../../gui/search_bar.py" line="149" />
        <source>Words are all required; quotes make a phrase; OR joins alternatives; -word excludes.
Up/Down walk through earlier searches.</source>
        <translation>Words are all required; quotes make a phrase; OR joins alternatives; -word excludes.
Up/Down walk through earlier searches.</translation>
    </message>
    <message>
        <location filename="../../gui/search_bar.py" line="153" />
        <source>Earlier searches</source>
        <translation>Earlier searches</translation>
    </message>
    <message>
        <location filename="../../gui/search_bar.py" line="154" />
        <source>&amp;Order:</source>
        <translation>&amp;Order:</translation>
    </message>
    <message>
        <location filename="../../gui/search_bar.py" line="156" />
        <source>Relevance</source>
        <translation>Relevance</translation>
    </message>
    <message>
        <location filename="../../gui/search_bar.py" line="157" />
        <source>Newest first</source>
        <translation>Newest first</translation>
    </message>
    <message>
        <location filename="../../gui/search_bar.py" line="158" />
        <source>Oldest first</source>
        <translation>Oldest first</translation>
    </message>
    <message>
        <location filename="../../gui/search_bar.py" line="159" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../gui/search_bar.py" line="221" />
        <source>(no earlier searches)</source>
        <translation>(no earlier searches)</translation>
    </message>
</context>
</TS>