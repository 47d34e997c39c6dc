<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../gui/app.py" line="43"/>
        <source>Cannot open the library:
{0}

Choose another library.</source>
        <translation>Cannot open the library:
{0}

Choose another library.</translation>
    </message>
    <message>
        <location filename="../../gui/app.py" line="49"/>
        <source>Open library</source>
        <translation>Open library</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../gui/crash.py" line="42"/>
        <source>Duizhao: unexpected error</source>
        <translation>Duizhao: unexpected error</translation>
    </message>
    <message>
        <location filename="../../gui/crash.py" line="46"/>
        <source>Something went wrong inside Duizhao. Your library has not been changed by this error and you can keep working.
Please copy the details below into a bug report.</source>
        <translation>Something went wrong inside Duizhao. Your library has not been changed by this error and you can keep working.
Please copy the details below into a bug report.</translation>
    </message>
    <message>
        <location filename="../../gui/crash.py" line="59"/>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
</context>
<context>
    <name>EntityPanel</name>
    <message>
        <location filename="../../gui/entity_panel.py" line="235"/>
        <source>Filter names (either script)</source>
        <translation>Filter names (either script)</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="236"/>
        <source>By count</source>
        <translation>By count</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="237"/>
        <source>By pinyin</source>
        <translation>By pinyin</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="238"/>
        <source>Order of the entities within each type</source>
        <translation>Order of the entities within each type</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="239"/>
        <source>Show hidden</source>
        <translation>Show hidden</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="240"/>
        <source>Also list the entities you have hidden</source>
        <translation>Also list the entities you have hidden</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="243"/>
        <source>Also list the names the extractor is unsure of (shown in grey italics)</source>
        <translation>Also list the names the extractor is unsure of (shown in grey italics)</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="245"/>
        <source>Copy names</source>
        <translation>Copy names</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="246"/>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="284"/>
        <source>Show %s uncertain</source>
        <translation>Show %s uncertain</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="500"/>
        <source>no library is open</source>
        <translation>no library is open</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="509"/>
        <location filename="../../gui/entity_panel.py" line="580"/>
        <location filename="../../gui/entity_panel.py" line="602"/>
        <source>select an entity first</source>
        <translation>select an entity first</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="552"/>
        <source>select the entities to merge first</source>
        <translation>select the entities to merge first</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="560"/>
        <source>nothing to change</source>
        <translation>nothing to change</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="587"/>
        <source>no hidden entity is selected</source>
        <translation>no hidden entity is selected</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="595"/>
        <source>no uncertain entity is selected</source>
        <translation>no uncertain entity is selected</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="648"/>
        <source>Undo %s</source>
        <translation>Undo %s</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="648"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="649"/>
        <source>Redo %s</source>
        <translation>Redo %s</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="649"/>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="658"/>
        <source>Cannot change the entity</source>
        <translation>Cannot change the entity</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="685"/>
        <source>Merge into…</source>
        <translation>Merge into…</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="687"/>
        <source>Change type</source>
        <translation>Change type</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="694"/>
        <source>Add alias…</source>
        <translation>Add alias…</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="696"/>
        <source>Split off</source>
        <translation>Split off</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="702"/>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="704"/>
        <source>Show again</source>
        <translation>Show again</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="706"/>
        <source>Keep in the tree</source>
        <translation>Keep in the tree</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="707"/>
        <source>Delete (not an entity)</source>
        <translation>Delete (not an entity)</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="735"/>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="735"/>
        <source>New name for %s:</source>
        <translation>New name for %s:</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="744"/>
        <source>Add alias</source>
        <translation>Add alias</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="744"/>
        <source>Another name for %s:</source>
        <translation>Another name for %s:</translation>
    </message>
</context>
<context>
    <name>EntityTreeModel</name>
    <message>
        <location filename="../../gui/entity_model.py" line="198"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="199"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="200"/>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="201"/>
        <source>Parks and zones</source>
        <translation>Parks and zones</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="202"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="203"/>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="204"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="331"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="331"/>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="331"/>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="334"/>
        <source>Entity name</source>
        <translation>Entity name</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="335"/>
        <source>Number of mentions in all articles</source>
        <translation>Number of mentions in all articles</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="336"/>
        <source>Number of articles that mention it</source>
        <translation>Number of articles that mention it</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="399"/>
        <source>Also: %s</source>
        <translation>Also: %s</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="401"/>
        <source>Linked: %s</source>
        <translation>Linked: %s</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="402"/>
        <source>%s mentions in %s articles</source>
        <translation>%s mentions in %s articles</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="404"/>
        <source>(hidden)</source>
        <translation>(hidden)</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="406"/>
        <source>(uncertain: confidence %s)</source>
        <translation>(uncertain: confidence %s)</translation>
    </message>
</context>
<context>
    <name>FacetPanel</name>
    <message>
        <location filename="../../gui/facet_panel.py" line="92"/>
        <source>Facets</source>
        <translation>Facets</translation>
    </message>
    <message>
        <location filename="../../gui/facet_panel.py" line="106"/>
        <source>Narrow by</source>
        <translation>Narrow by</translation>
    </message>
    <message>
        <location filename="../../gui/facet_panel.py" line="106"/>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../../gui/facet_panel.py" line="153"/>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../gui/facet_panel.py" line="190"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../gui/facet_panel.py" line="191"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../gui/facet_panel.py" line="192"/>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <location filename="../../gui/facet_panel.py" line="193"/>
        <source>Parks and zones</source>
        <translation>Parks and zones</translation>
    </message>
    <message>
        <location filename="../../gui/facet_panel.py" line="194"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../gui/facet_panel.py" line="195"/>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <location filename="../../gui/facet_panel.py" line="196"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../gui/facet_panel.py" line="227"/>
        <source>%s articles in the results</source>
        <translation>%s articles in the results</translation>
    </message>
    <message>
        <location filename="../../gui/facet_panel.py" line="229"/>
        <source>Entity types</source>
        <translation>Entity types</translation>
    </message>
    <message>
        <location filename="../../gui/facet_panel.py" line="233"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../gui/facet_panel.py" line="235"/>
        <source>(no source)</source>
        <translation>(no source)</translation>
    </message>
    <message>
        <location filename="../../gui/facet_panel.py" line="238"/>
        <source>%s more sources</source>
        <translation>%s more sources</translation>
    </message>
    <message>
        <location filename="../../gui/facet_panel.py" line="242"/>
        <source>Years</source>
        <translation>Years</translation>
    </message>
    <message>
        <location filename="../../gui/facet_panel.py" line="244"/>
        <source>(undated)</source>
        <translation>(undated)</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <location filename="../../gui/figures_model.py" line="88"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../gui/figures_model.py" line="89"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../gui/figures_model.py" line="90"/>
        <source>Qualifier</source>
        <translation>Qualifier</translation>
    </message>
    <message>
        <location filename="../../gui/figures_model.py" line="91"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../gui/figures_model.py" line="92"/>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location filename="../../gui/figures_model.py" line="93"/>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../gui/figures_model.py" line="94"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../gui/figures_model.py" line="98"/>
        <source>The amount as a number (万 and 亿 multiplied out)</source>
        <translation>The amount as a number (万 and 亿 multiplied out)</translation>
    </message>
    <message>
        <location filename="../../gui/figures_model.py" line="99"/>
        <source>Unit of the amount</source>
        <translation>Unit of the amount</translation>
    </message>
    <message>
        <location filename="../../gui/figures_model.py" line="100"/>
        <source>约, 超过, 以上 … written with the figure</source>
        <translation>约, 超过, 以上 … written with the figure</translation>
    </message>
    <message>
        <location filename="../../gui/figures_model.py" line="101"/>
        <source>What the figure is about</source>
        <translation>What the figure is about</translation>
    </message>
    <message>
        <location filename="../../gui/figures_model.py" line="102"/>
        <source>The figure as written in the article</source>
        <translation>The figure as written in the article</translation>
    </message>
    <message>
        <location filename="../../gui/figures_model.py" line="103"/>
        <source>Title of the article</source>
        <translation>Title of the article</translation>
    </message>
    <message>
        <location filename="../../gui/figures_model.py" line="104"/>
        <source>Date of the article</source>
        <translation>Date of the article</translation>
    </message>
</context>
<context>
    <name>FiguresView</name>
    <message>
        <location filename="../../gui/figures_view.py" line="97"/>
        <source>Filter by unit, subject or text (either script)</source>
        <translation>Filter by unit, subject or text (either script)</translation>
    </message>
    <message>
        <location filename="../../gui/figures_view.py" line="99"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../gui/figures_view.py" line="146"/>
        <source>%s figures</source>
        <translation>%s figures</translation>
    </message>
    <message>
        <location filename="../../gui/figures_view.py" line="148"/>
        <source>%s of %s figures</source>
        <translation>%s of %s figures</translation>
    </message>
    <message>
        <location filename="../../gui/figures_view.py" line="206"/>
        <source>Open article</source>
        <translation>Open article</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <location filename="../../gui/import_dialog.py" line="118"/>
        <source>Importing</source>
        <translation>Importing</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="119"/>
        <source>Looking for files…</source>
        <translation>Looking for files…</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="120"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="142"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="152"/>
        <source>{0} of {1} files · {2}</source>
        <translation>{0} of {1} files · {2}</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="171"/>
        <source>The import stopped: {0}
Articles imported before stay imported.</source>
        <translation>The import stopped: {0}
Articles imported before stay imported.</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <location filename="../../gui/import_dialog.py" line="42"/>
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="45"/>
        <source>Files found: {0}</source>
        <translation>Files found: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="46"/>
        <source>Imported: {0}</source>
        <translation>Imported: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="47"/>
        <source>Already in the library: {0}</source>
        <translation>Already in the library: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="48"/>
        <source>Failed: {0}</source>
        <translation>Failed: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="51"/>
        <source>Not reached: {0}</source>
        <translation>Not reached: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="53"/>
        <source>The import was cancelled; the files before it stay imported.</source>
        <translation>The import was cancelled; the files before it stay imported.</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="57"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="57"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>LibraryHealth</name>
    <message>
        <location filename="../../gui/library_health.py" line="52"/>
        <source>&amp;Back Up Library…</source>
        <translation>&amp;Back Up Library…</translation>
    </message>
    <message>
        <location filename="../../gui/library_health.py" line="92"/>
        <source>A quick check of {0} found:

{1}</source>
        <translation>A quick check of {0} found:

{1}</translation>
    </message>
    <message>
        <location filename="../../gui/library_health.py" line="98"/>
        <source>The damage is in the file itself: restore a backup of the library.</source>
        <translation>The damage is in the file itself: restore a backup of the library.</translation>
    </message>
    <message>
        <location filename="../../gui/library_health.py" line="102"/>
        <source>Repair rebuilds the search index and the counts from the stored texts, after copying the library.</source>
        <translation>Repair rebuilds the search index and the counts from the stored texts, after copying the library.</translation>
    </message>
    <message>
        <location filename="../../gui/library_health.py" line="106"/>
        <source>Library check</source>
        <translation>Library check</translation>
    </message>
    <message>
        <location filename="../../gui/library_health.py" line="111"/>
        <source>Repair</source>
        <translation>Repair</translation>
    </message>
    <message>
        <location filename="../../gui/library_health.py" line="123"/>
        <source>a repair in the Duizhao window</source>
        <translation>a repair in the Duizhao window</translation>
    </message>
    <message>
        <location filename="../../gui/library_health.py" line="131"/>
        <source>Repairing the library…</source>
        <translation>Repairing the library…</translation>
    </message>
    <message>
        <location filename="../../gui/library_health.py" line="137"/>
        <source>Search index rebuilt from {0} articles; a copy was kept as {1}</source>
        <translation>Search index rebuilt from {0} articles; a copy was kept as {1}</translation>
    </message>
    <message>
        <location filename="../../gui/library_health.py" line="147"/>
        <source>The library could not be changed: {0}</source>
        <translation>The library could not be changed: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/library_health.py" line="156"/>
        <source>Back up library</source>
        <translation>Back up library</translation>
    </message>
    <message>
        <location filename="../../gui/library_health.py" line="175"/>
        <source>Backing up the library…</source>
        <translation>Backing up the library…</translation>
    </message>
    <message>
        <location filename="../../gui/library_health.py" line="178"/>
        <source>The library was copied to {0}</source>
        <translation>The library was copied to {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/mainwindow.py" line="217"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="218"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="219"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="220"/>
        <source>E&amp;ntities</source>
        <translation>E&amp;ntities</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="221"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="222"/>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="223"/>
        <source>&amp;New Library…</source>
        <translation>&amp;New Library…</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="224"/>
        <source>&amp;Open Library…</source>
        <translation>&amp;Open Library…</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="225"/>
        <source>&amp;Import Files…</source>
        <translation>&amp;Import Files…</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="226"/>
        <source>Import &amp;Folder…</source>
        <translation>Import &amp;Folder…</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="227"/>
        <source>&amp;Export Selection…</source>
        <translation>&amp;Export Selection…</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="228"/>
        <source>Export &amp;All Results…</source>
        <translation>Export &amp;All Results…</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="229"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="230"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="231"/>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="232"/>
        <source>&amp;Extract Entities</source>
        <translation>&amp;Extract Entities</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="233"/>
        <source>&amp;Stop Extraction</source>
        <translation>&amp;Stop Extraction</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="234"/>
        <source>&amp;About Duizhao</source>
        <translation>&amp;About Duizhao</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="235"/>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="236"/>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="321"/>
        <source>no library</source>
        <translation>no library</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="322"/>
        <source>{0} — Duizhao</source>
        <translation>{0} — Duizhao</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="326"/>
        <source>{0} articles in the library</source>
        <translation>{0} articles in the library</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="330"/>
        <source>Duizhao</source>
        <translation>Duizhao</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="341"/>
        <source>Cannot open the library:
{0}</source>
        <translation>Cannot open the library:
{0}</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="356"/>
        <source>New library</source>
        <translation>New library</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="365"/>
        <source>Open library</source>
        <translation>Open library</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="373"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="382"/>
        <source>The library {0} no longer exists.</source>
        <translation>The library {0} no longer exists.</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="398"/>
        <location filename="../../gui/mainwindow.py" line="469"/>
        <source>Cannot search: {0}</source>
        <translation>Cannot search: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="450"/>
        <source>{0} articles, {1} · {2:.0f} ms</source>
        <translation>{0} articles, {1} · {2:.0f} ms</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="460"/>
        <source>“{0}”: {1} articles, {2} hits · {3:.0f} ms</source>
        <translation>“{0}”: {1} articles, {2} hits · {3:.0f} ms</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="471"/>
        <source>The library cannot be read: {0}</source>
        <translation>The library cannot be read: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="477"/>
        <source>newest first</source>
        <translation>newest first</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="478"/>
        <source>oldest first</source>
        <translation>oldest first</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="479"/>
        <source>by title</source>
        <translation>by title</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="480"/>
        <source>by relevance</source>
        <translation>by relevance</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="515"/>
        <source>{0} articles mention the selected entities</source>
        <translation>{0} articles mention the selected entities</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="585"/>
        <source>Import files</source>
        <translation>Import files</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="591"/>
        <source>Import folder</source>
        <translation>Import folder</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="599"/>
        <source>An import is already running.</source>
        <translation>An import is already running.</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="626"/>
        <source>entity extraction in the Duizhao window</source>
        <translation>entity extraction in the Duizhao window</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="638"/>
        <source>Entities %v/%m</source>
        <translation>Entities %v/%m</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="665"/>
        <source>Entities extracted from {0} articles</source>
        <translation>Entities extracted from {0} articles</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="674"/>
        <source>Entity extraction stopped: {0}</source>
        <translation>Entity extraction stopped: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="696"/>
        <source>Nothing selected to export</source>
        <translation>Nothing selected to export</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="699"/>
        <source>Export to CSV</source>
        <translation>Export to CSV</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="723"/>
        <source>The export failed: {0}</source>
        <translation>The export failed: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="727"/>
        <source>Exporting {0} articles…</source>
        <translation>Exporting {0} articles…</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="731"/>
        <source>Exported {0} articles to {1}</source>
        <translation>Exported {0} articles to {1}</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="757"/>
        <source>About Duizhao</source>
        <translation>About Duizhao</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="759"/>
        <source>Duizhao (对照 / 對照): an offline reference browser for Chinese-language news, in both scripts.</source>
        <translation>Duizhao (对照 / 對照): an offline reference browser for Chinese-language news, in both scripts.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../gui/entity_panel.py" line="82"/>
        <source>Merge into</source>
        <translation>Merge into</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="88"/>
        <source>Filter (either script)</source>
        <translation>Filter (either script)</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="103"/>
        <source>Merge %s into:</source>
        <translation>Merge %s into:</translation>
    </message>
</context>
<context>
    <name>PageBar</name>
    <message>
        <location filename="../../gui/page_bar.py" line="43"/>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location filename="../../gui/page_bar.py" line="44"/>
        <source>Previous page (Ctrl+PgUp)</source>
        <translation>Previous page (Ctrl+PgUp)</translation>
    </message>
    <message>
        <location filename="../../gui/page_bar.py" line="45"/>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location filename="../../gui/page_bar.py" line="46"/>
        <source>Next page (Ctrl+PgDown)</source>
        <translation>Next page (Ctrl+PgDown)</translation>
    </message>
    <message>
        <location filename="../../gui/page_bar.py" line="61"/>
        <source>page {0} of {1}</source>
        <translation>page {0} of {1}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../gui/preferences.py" line="23"/>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="27"/>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="33"/>
        <source>Automatic (the other script)</source>
        <translation>Automatic (the other script)</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="51"/>
        <source>Larger files are listed in the import summary, not read.</source>
        <translation>Larger files are listed in the import summary, not read.</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="54"/>
        <source>The language changes as soon as you press OK.</source>
        <translation>The language changes as soon as you press OK.</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="62"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="63"/>
        <source>&amp;Conversion:</source>
        <translation>&amp;Conversion:</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="64"/>
        <source>Largest file to &amp;import:</source>
        <translation>Largest file to &amp;import:</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <location filename="../../gui/reader.py" line="240"/>
        <source>Automatic (the other script)</source>
        <translation>Automatic (the other script)</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="255"/>
        <source>&amp;Conversion:</source>
        <translation>&amp;Conversion:</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="258"/>
        <source>How the second pane is converted from the original.
Automatic shows the other script: Simplified for a Traditional article, Traditional for a Simplified one.
A Simplified article is converted directly to the chosen variant; for a Traditional article and a Traditional variant (Taiwan, Hong Kong) the text is first made Simplified, then converted, so the variant&apos;s own characters and phrases show.</source>
        <translation>How the second pane is converted from the original.
Automatic shows the other script: Simplified for a Traditional article, Traditional for a Simplified one.
A Simplified article is converted directly to the chosen variant; for a Traditional article and a Traditional variant (Taiwan, Hong Kong) the text is first made Simplified, then converted, so the variant&apos;s own characters and phrases show.</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="267"/>
        <source>Swap sides</source>
        <translation>Swap sides</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="268"/>
        <source>Show the original on the other side</source>
        <translation>Show the original on the other side</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="269"/>
        <source>Copy with citation</source>
        <translation>Copy with citation</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="270"/>
        <source>Next hit</source>
        <translation>Next hit</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="271"/>
        <source>Next hit (F3)</source>
        <translation>Next hit (F3)</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="272"/>
        <source>Previous hit</source>
        <translation>Previous hit</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="273"/>
        <source>Previous hit (Shift+F3)</source>
        <translation>Previous hit (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="274"/>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="275"/>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="276"/>
        <source>Actual size</source>
        <translation>Actual size</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="356"/>
        <source>No article open</source>
        <translation>No article open</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="435"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="436"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="437"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="438"/>
        <source>Park or zone</source>
        <translation>Park or zone</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="439"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="440"/>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="441"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="461"/>
        <source>{name}
{type} · {n} mention(s) in this article</source>
        <translation>{name}
{type} · {n} mention(s) in this article</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="466"/>
        <source>{0} mention(s) in {1} article(s) of the library</source>
        <translation>{0} mention(s) in {1} article(s) of the library</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="540"/>
        <source>no hits</source>
        <translation>no hits</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="543"/>
        <source>hit {0} of {1}</source>
        <translation>hit {0} of {1}</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="624"/>
        <source>Duizhao article {uid}</source>
        <translation>Duizhao article {uid}</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="636"/>
        <source>Select some text to copy with its citation</source>
        <translation>Select some text to copy with its citation</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="640"/>
        <source>Copied with citation</source>
        <translation>Copied with citation</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../gui/results_model.py" line="148"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../gui/results_model.py" line="148"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../gui/results_model.py" line="148"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../gui/results_model.py" line="148"/>
        <source>Hits</source>
        <translation>Hits</translation>
    </message>
    <message>
        <location filename="../../gui/results_model.py" line="149"/>
        <source>Context</source>
        <translation>Context</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../../gui/search_bar.py" line="148"/>
        <source>Search both scripts: 创新 协同, &quot;京津冀 协同&quot;, 北京 OR 天津, -河北</source>
        <translation>Search both scripts: 创新 协同, &quot;京津冀 协同&quot;, 北京 OR 天津, -河北</translation>
    </message>
    <message>
        <location filename="../../gui/search_bar.py" line="152"/>
        <source>Words are all required; quotes make a phrase; OR joins alternatives; -word excludes.
Up/Down walk through earlier searches.</source>
        <translation>Words are all required; quotes make a phrase; OR joins alternatives; -word excludes.
Up/Down walk through earlier searches.</translation>
    </message>
    <message>
        <location filename="../../gui/search_bar.py" line="156"/>
        <source>Earlier searches</source>
        <translation>Earlier searches</translation>
    </message>
    <message>
        <location filename="../../gui/search_bar.py" line="157"/>
        <source>&amp;Order:</source>
        <translation>&amp;Order:</translation>
    </message>
    <message>
        <location filename="../../gui/search_bar.py" line="159"/>
        <source>Relevance</source>
        <translation>Relevance</translation>
    </message>
    <message>
        <location filename="../../gui/search_bar.py" line="160"/>
        <source>Newest first</source>
        <translation>Newest first</translation>
    </message>
    <message>
        <location filename="../../gui/search_bar.py" line="161"/>
        <source>Oldest first</source>
        <translation>Oldest first</translation>
    </message>
    <message>
        <location filename="../../gui/search_bar.py" line="162"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../gui/search_bar.py" line="224"/>
        <source>(no earlier searches)</source>
        <translation>(no earlier searches)</translation>
    </message>
</context>
<context>
    <name>SelectionExport</name>
    <message>
        <location filename="../../gui/selection_export.py" line="79"/>
        <source>selected articles</source>
        <translation>selected articles</translation>
    </message>
    <message>
        <location filename="../../gui/selection_export.py" line="121"/>
        <source>selected entities</source>
        <translation>selected entities</translation>
    </message>
    <message>
        <location filename="../../gui/selection_export.py" line="130"/>
        <source>mentions of selected entities</source>
        <translation>mentions of selected entities</translation>
    </message>
    <message>
        <location filename="../../gui/selection_export.py" line="142"/>
        <source>selected figures</source>
        <translation>selected figures</translation>
    </message>
</context>
<context>
    <name>SelectionExporter</name>
    <message>
        <location filename="../../gui/selection_export.py" line="202"/>
        <source>&amp;Export Selection…</source>
        <translation>&amp;Export Selection…</translation>
    </message>
    <message>
        <location filename="../../gui/selection_export.py" line="203"/>
        <source>Export what is selected where the focus is, to CSV</source>
        <translation>Export what is selected where the focus is, to CSV</translation>
    </message>
    <message>
        <location filename="../../gui/selection_export.py" line="235"/>
        <source>Export %s…</source>
        <translation>Export %s…</translation>
    </message>
    <message>
        <location filename="../../gui/selection_export.py" line="273"/>
        <location filename="../../gui/selection_export.py" line="281"/>
        <source>Nothing selected to export</source>
        <translation>Nothing selected to export</translation>
    </message>
    <message>
        <location filename="../../gui/selection_export.py" line="308"/>
        <source>Exporting</source>
        <translation>Exporting</translation>
    </message>
    <message>
        <location filename="../../gui/selection_export.py" line="309"/>
        <source>Writing %s…</source>
        <translation>Writing %s…</translation>
    </message>
    <message>
        <location filename="../../gui/selection_export.py" line="314"/>
        <source>Exporting %s…</source>
        <translation>Exporting %s…</translation>
    </message>
    <message>
        <location filename="../../gui/selection_export.py" line="320"/>
        <source>Exported 1 row to %s</source>
        <translation>Exported 1 row to %s</translation>
    </message>
    <message>
        <location filename="../../gui/selection_export.py" line="322"/>
        <source>Exported %s rows to %s</source>
        <translation>Exported %s rows to %s</translation>
    </message>
    <message>
        <location filename="../../gui/selection_export.py" line="331"/>
        <source>Could not export to %s: %s</source>
        <translation>Could not export to %s: %s</translation>
    </message>
</context>
<context>
    <name>UncertainBar</name>
    <message>
        <location filename="../../gui/uncertain_bar.py" line="24"/>
        <source>Uncertain conversion: {0}
Other forms: {1}
No phrase settled this choice.</source>
        <translation>Uncertain conversion: {0}
Other forms: {1}
No phrase settled this choice.</translation>
    </message>
    <message>
        <location filename="../../gui/uncertain_bar.py" line="28"/>
        <source>Uncertain conversion: {0}
Other forms: {1}
This is OpenCC&apos;s standard form; regional standards (Taiwan, Hong Kong) may write it differently.</source>
        <translation>Uncertain conversion: {0}
Other forms: {1}
This is OpenCC&apos;s standard form; regional standards (Taiwan, Hong Kong) may write it differently.</translation>
    </message>
    <message>
        <location filename="../../gui/uncertain_bar.py" line="107"/>
        <source>no uncertain conversions</source>
        <translation>no uncertain conversions</translation>
    </message>
    <message>
        <location filename="../../gui/uncertain_bar.py" line="109"/>
        <source>1 uncertain conversion</source>
        <translation>1 uncertain conversion</translation>
    </message>
    <message>
        <location filename="../../gui/uncertain_bar.py" line="111"/>
        <source>{0} uncertain conversions</source>
        <translation>{0} uncertain conversions</translation>
    </message>
    <message>
        <location filename="../../gui/uncertain_bar.py" line="113"/>
        <source>on this page</source>
        <translation>on this page</translation>
    </message>
    <message>
        <location filename="../../gui/uncertain_bar.py" line="115"/>
        <source>{0} of {1}</source>
        <translation>{0} of {1}</translation>
    </message>
    <message>
        <location filename="../../gui/uncertain_bar.py" line="120"/>
        <source>Characters with several forms in the other script where no phrase of the conversion&apos;s dictionaries settled the choice: the conversion wrote its first form. They are underlined in grey in the converted pane; hover over one to see the other forms.</source>
        <translation>Characters with several forms in the other script where no phrase of the conversion&apos;s dictionaries settled the choice: the conversion wrote its first form. They are underlined in grey in the converted pane; hover over one to see the other forms.</translation>
    </message>
    <message>
        <location filename="../../gui/uncertain_bar.py" line="127"/>
        <source>Previous uncertain conversion</source>
        <translation>Previous uncertain conversion</translation>
    </message>
    <message>
        <location filename="../../gui/uncertain_bar.py" line="128"/>
        <source>Next uncertain conversion</source>
        <translation>Next uncertain conversion</translation>
    </message>
    <message>
        <location filename="../../gui/uncertain_bar.py" line="136"/>
        <source>Simplified</source>
        <translation>Simplified</translation>
    </message>
    <message>
        <location filename="../../gui/uncertain_bar.py" line="137"/>
        <source>Traditional</source>
        <translation>Traditional</translation>
    </message>
    <message>
        <location filename="../../gui/uncertain_bar.py" line="138"/>
        <source>mixed scripts</source>
        <translation>mixed scripts</translation>
    </message>
    <message>
        <location filename="../../gui/uncertain_bar.py" line="140"/>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../../gui/uncertain_bar.py" line="142"/>
        <source>Original ({0})</source>
        <translation>Original ({0})</translation>
    </message>
    <message>
        <location filename="../../gui/uncertain_bar.py" line="147"/>
        <source>Converted by OpenCC t2s, then {0} ({1})</source>
        <translation>Converted by OpenCC t2s, then {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../gui/uncertain_bar.py" line="151"/>
        <source>Converted by OpenCC {0} ({1})</source>
        <translation>Converted by OpenCC {0} ({1})</translation>
    </message>
</context>
<context>
    <name>Waiting</name>
    <message>
        <location filename="../../gui/waiting.py" line="29"/>
        <source>Waiting for {0} to finish with the library ({1} s)…</source>
        <translation>Waiting for {0} to finish with the library ({1} s)…</translation>
    </message>
</context>
</TS>
