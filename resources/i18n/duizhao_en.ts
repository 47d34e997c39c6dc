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
    <name>ArticleWarnings</name>
    <message>
        <location filename="../../gui/article_warnings.py" line="40"/>
        <source>Imported with a warning: {0}</source>
        <translation>Imported with a warning: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/article_warnings.py" line="50"/>
        <source>page {0} of {1} has no text layer (scanned?); its text is missing</source>
        <translation>page {0} of {1} has no text layer (scanned?); its text is missing</translation>
    </message>
    <message>
        <location filename="../../gui/article_warnings.py" line="52"/>
        <source>pages {0} of {1} have no text layer (scanned?); their text is missing</source>
        <translation>pages {0} of {1} have no text layer (scanned?); their text is missing</translation>
    </message>
</context>
<context>
    <name>Chip</name>
    <message>
        <location filename="../../gui/filter_chips.py" line="48"/>
        <source>Remove this filter (Backspace)</source>
        <translation>Remove this filter (Backspace)</translation>
    </message>
</context>
<context>
    <name>Citation</name>
    <message>
        <location filename="../../gui/citation.py" line="18"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../gui/citation.py" line="19"/>
        <source> (Duizhao article {uid})</source>
        <translation> (Duizhao article {uid})</translation>
    </message>
    <message>
        <location filename="../../gui/citation.py" line="20"/>
        <source>(article no longer in the library)</source>
        <translation>(article no longer in the library)</translation>
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
    <name>Credits</name>
    <message>
        <location filename="../../gui/credits.py" line="13"/>
        <source>Duizhao (对照 / 對照): an offline reference browser for Chinese-language news, in both scripts.</source>
        <translation>Duizhao (对照 / 對照): an offline reference browser for Chinese-language news, in both scripts.</translation>
    </message>
    <message>
        <location filename="../../gui/credits.py" line="18"/>
        <source>Dictionary: CC-CEDICT, published by MDBG, licensed under the Creative Commons Attribution-ShareAlike 4.0 International licence (https://creativecommons.org/licenses/by-sa/4.0/). https://cc-cedict.org/wiki/</source>
        <translation>Dictionary: CC-CEDICT, published by MDBG, licensed under the Creative Commons Attribution-ShareAlike 4.0 International licence (https://creativecommons.org/licenses/by-sa/4.0/). https://cc-cedict.org/wiki/</translation>
    </message>
    <message>
        <location filename="../../gui/credits.py" line="25"/>
        <source>Script conversion and regional vocabulary: OpenCC&apos;s dictionaries (Apache-2.0). Pinyin of words the dictionary lacks: pypinyin (MIT).</source>
        <translation>Script conversion and regional vocabulary: OpenCC&apos;s dictionaries (Apache-2.0). Pinyin of words the dictionary lacks: pypinyin (MIT).</translation>
    </message>
</context>
<context>
    <name>CurationActions</name>
    <message>
        <location filename="../../gui/curation_actions.py" line="81"/>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py" line="89"/>
        <source>no library is open</source>
        <translation>no library is open</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py" line="99"/>
        <location filename="../../gui/curation_actions.py" line="188"/>
        <location filename="../../gui/curation_actions.py" line="202"/>
        <source>select an entity first</source>
        <translation>select an entity first</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py" line="152"/>
        <source>select the entities to merge first</source>
        <translation>select the entities to merge first</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py" line="160"/>
        <source>nothing to change</source>
        <translation>nothing to change</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py" line="192"/>
        <source>no hidden entity is selected</source>
        <translation>no hidden entity is selected</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py" line="198"/>
        <source>no uncertain entity is selected</source>
        <translation>no uncertain entity is selected</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py" line="259"/>
        <source>Undo %s</source>
        <translation>Undo %s</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py" line="259"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py" line="260"/>
        <source>Redo %s</source>
        <translation>Redo %s</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py" line="260"/>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py" line="272"/>
        <source>Cannot change the entity</source>
        <translation>Cannot change the entity</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py" line="288"/>
        <source>Merge into…</source>
        <translation>Merge into…</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py" line="290"/>
        <source>Change type</source>
        <translation>Change type</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py" line="297"/>
        <source>Add alias…</source>
        <translation>Add alias…</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py" line="302"/>
        <source>Split off</source>
        <translation>Split off</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py" line="308"/>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py" line="310"/>
        <source>Show again</source>
        <translation>Show again</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py" line="312"/>
        <source>Keep in the tree</source>
        <translation>Keep in the tree</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py" line="313"/>
        <source>Delete (not an entity)</source>
        <translation>Delete (not an entity)</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py" line="327"/>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py" line="327"/>
        <source>New name for %s:</source>
        <translation>New name for %s:</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py" line="336"/>
        <source>Add alias</source>
        <translation>Add alias</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py" line="336"/>
        <source>Another name for %s:</source>
        <translation>Another name for %s:</translation>
    </message>
</context>
<context>
    <name>DatesSourcesDialog</name>
    <message>
        <location filename="../../gui/dates_sources.py" line="45"/>
        <source>Dates and sources</source>
        <translation>Dates and sources</translation>
    </message>
    <message>
        <location filename="../../gui/dates_sources.py" line="49"/>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>YYYY, YYYY-MM or YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../gui/dates_sources.py" line="65"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../gui/dates_sources.py" line="66"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../gui/dates_sources.py" line="69"/>
        <source>Sources (none checked: all)</source>
        <translation>Sources (none checked: all)</translation>
    </message>
</context>
<context>
    <name>DictionaryPopup</name>
    <message>
        <location filename="../../gui/dictionary_popup.py" line="65"/>
        <source>Look up word</source>
        <translation>Look up word</translation>
    </message>
    <message>
        <location filename="../../gui/dictionary_popup.py" line="67"/>
        <source>Dictionary entries of the word at the cursor ({0})</source>
        <translation>Dictionary entries of the word at the cursor ({0})</translation>
    </message>
    <message>
        <location filename="../../gui/dictionary_popup.py" line="85"/>
        <source>{0} more entries: python main.py define WORD lists them all</source>
        <translation>{0} more entries: python main.py define WORD lists them all</translation>
    </message>
    <message>
        <location filename="../../gui/dictionary_popup.py" line="97"/>
        <source>Not in CC-CEDICT: pypinyin&apos;s reading of the characters</source>
        <translation>Not in CC-CEDICT: pypinyin&apos;s reading of the characters</translation>
    </message>
</context>
<context>
    <name>EntityPanel</name>
    <message>
        <location filename="../../gui/entity_panel.py" line="166"/>
        <source>Filter names (either script)</source>
        <translation>Filter names (either script)</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="167"/>
        <source>By count</source>
        <translation>By count</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="168"/>
        <source>By pinyin</source>
        <translation>By pinyin</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="169"/>
        <source>Order of the entities within each type</source>
        <translation>Order of the entities within each type</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="170"/>
        <source>Show hidden</source>
        <translation>Show hidden</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="171"/>
        <source>Also list the entities you have hidden</source>
        <translation>Also list the entities you have hidden</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="174"/>
        <source>Also list the names the extractor is unsure of (shown in grey italics)</source>
        <translation>Also list the names the extractor is unsure of (shown in grey italics)</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="176"/>
        <source>Copy names</source>
        <translation>Copy names</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="294"/>
        <source>Show %s uncertain</source>
        <translation>Show %s uncertain</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="vanished">Rename…</translation>
    </message>
    <message>
        <source>no library is open</source>
        <translation type="vanished">no library is open</translation>
    </message>
    <message>
        <source>select an entity first</source>
        <translation type="vanished">select an entity first</translation>
    </message>
    <message>
        <source>select the entities to merge first</source>
        <translation type="vanished">select the entities to merge first</translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation type="vanished">nothing to change</translation>
    </message>
    <message>
        <source>no hidden entity is selected</source>
        <translation type="vanished">no hidden entity is selected</translation>
    </message>
    <message>
        <source>no uncertain entity is selected</source>
        <translation type="vanished">no uncertain entity is selected</translation>
    </message>
    <message>
        <source>Undo %s</source>
        <translation type="vanished">Undo %s</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="vanished">Undo</translation>
    </message>
    <message>
        <source>Redo %s</source>
        <translation type="vanished">Redo %s</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="vanished">Redo</translation>
    </message>
    <message>
        <source>Cannot change the entity</source>
        <translation type="vanished">Cannot change the entity</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation type="vanished">Merge into…</translation>
    </message>
    <message>
        <source>Change type</source>
        <translation type="vanished">Change type</translation>
    </message>
    <message>
        <source>Add alias…</source>
        <translation type="vanished">Add alias…</translation>
    </message>
    <message>
        <source>Split off</source>
        <translation type="vanished">Split off</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="vanished">Hide</translation>
    </message>
    <message>
        <source>Show again</source>
        <translation type="vanished">Show again</translation>
    </message>
    <message>
        <source>Keep in the tree</source>
        <translation type="vanished">Keep in the tree</translation>
    </message>
    <message>
        <source>Delete (not an entity)</source>
        <translation type="vanished">Delete (not an entity)</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="vanished">Rename</translation>
    </message>
    <message>
        <source>New name for %s:</source>
        <translation type="vanished">New name for %s:</translation>
    </message>
    <message>
        <source>Add alias</source>
        <translation type="vanished">Add alias</translation>
    </message>
    <message>
        <source>Another name for %s:</source>
        <translation type="vanished">Another name for %s:</translation>
    </message>
</context>
<context>
    <name>EntityTreeModel</name>
    <message>
        <location filename="../../gui/entity_model.py" line="75"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="76"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="77"/>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="78"/>
        <source>Parks and zones</source>
        <translation>Parks and zones</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="79"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="80"/>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="81"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="354"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="354"/>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="354"/>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="357"/>
        <source>Entity name</source>
        <translation>Entity name</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="358"/>
        <source>Number of mentions in all articles</source>
        <translation>Number of mentions in all articles</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="359"/>
        <source>Number of articles that mention it</source>
        <translation>Number of articles that mention it</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="407"/>
        <source>%s of %s</source>
        <translation>%s of %s</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="427"/>
        <source>Also: %s</source>
        <translation>Also: %s</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="429"/>
        <source>Linked: %s</source>
        <translation>Linked: %s</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="430"/>
        <source>%s mentions in %s articles</source>
        <translation>%s mentions in %s articles</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="432"/>
        <source>(hidden)</source>
        <translation>(hidden)</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="434"/>
        <source>(uncertain: confidence %s)</source>
        <translation>(uncertain: confidence %s)</translation>
    </message>
</context>
<context>
    <name>ExportButton</name>
    <message>
        <location filename="../../gui/view_export.py" line="95"/>
        <location filename="../../gui/view_export.py" line="107"/>
        <location filename="../../gui/view_export.py" line="116"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../gui/view_export.py" line="96"/>
        <source>Picture as PNG…</source>
        <translation>Picture as PNG…</translation>
    </message>
    <message>
        <location filename="../../gui/view_export.py" line="97"/>
        <source>Picture as SVG…</source>
        <translation>Picture as SVG…</translation>
    </message>
    <message>
        <location filename="../../gui/view_export.py" line="98"/>
        <source>Data as CSV…</source>
        <translation>Data as CSV…</translation>
    </message>
    <message>
        <location filename="../../gui/view_export.py" line="102"/>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <location filename="../../gui/view_export.py" line="103"/>
        <source>SVG image (*.svg)</source>
        <translation>SVG image (*.svg)</translation>
    </message>
    <message>
        <location filename="../../gui/view_export.py" line="104"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/view_export.py" line="116"/>
        <source>Cannot export: {0}</source>
        <translation>Cannot export: {0}</translation>
    </message>
</context>
<context>
    <name>ExportFeature</name>
    <message>
        <location filename="../../gui/export_feature.py" line="64"/>
        <source>&amp;Export Selection…</source>
        <translation>&amp;Export Selection…</translation>
    </message>
    <message>
        <location filename="../../gui/export_feature.py" line="65"/>
        <source>Export &amp;All Results…</source>
        <translation>Export &amp;All Results…</translation>
    </message>
    <message>
        <location filename="../../gui/export_feature.py" line="71"/>
        <source>Nothing selected to export</source>
        <translation>Nothing selected to export</translation>
    </message>
    <message>
        <location filename="../../gui/export_feature.py" line="75"/>
        <source>Export to CSV</source>
        <translation>Export to CSV</translation>
    </message>
    <message>
        <location filename="../../gui/export_feature.py" line="101"/>
        <source>Exporting {0} articles…</source>
        <translation>Exporting {0} articles…</translation>
    </message>
    <message>
        <location filename="../../gui/export_feature.py" line="104"/>
        <source>Exported {0} articles to {1}</source>
        <translation>Exported {0} articles to {1}</translation>
    </message>
    <message>
        <location filename="../../gui/export_feature.py" line="105"/>
        <source>The export failed: {0}</source>
        <translation>The export failed: {0}</translation>
    </message>
</context>
<context>
    <name>ExtractionFeature</name>
    <message>
        <location filename="../../gui/extraction_feature.py" line="75"/>
        <source>&amp;Extract Entities</source>
        <translation>&amp;Extract Entities</translation>
    </message>
    <message>
        <location filename="../../gui/extraction_feature.py" line="76"/>
        <source>&amp;Stop Extraction</source>
        <translation>&amp;Stop Extraction</translation>
    </message>
    <message>
        <location filename="../../gui/extraction_feature.py" line="77"/>
        <source>Entities %v/%m</source>
        <translation>Entities %v/%m</translation>
    </message>
    <message>
        <location filename="../../gui/extraction_feature.py" line="143"/>
        <source>entity extraction in the Duizhao window</source>
        <translation>entity extraction in the Duizhao window</translation>
    </message>
    <message>
        <location filename="../../gui/extraction_feature.py" line="166"/>
        <source>Entities extracted from {0} articles</source>
        <translation>Entities extracted from {0} articles</translation>
    </message>
    <message>
        <location filename="../../gui/extraction_feature.py" line="170"/>
        <source>Entity extraction stopped: {0}</source>
        <translation>Entity extraction stopped: {0}</translation>
    </message>
</context>
<context>
    <name>FacetPanel</name>
    <message>
        <location filename="../../gui/facet_panel.py" line="94"/>
        <source>Facets</source>
        <translation>Facets</translation>
    </message>
    <message>
        <location filename="../../gui/facet_panel.py" line="108"/>
        <source>Narrow by</source>
        <translation>Narrow by</translation>
    </message>
    <message>
        <location filename="../../gui/facet_panel.py" line="108"/>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../../gui/facet_panel.py" line="169"/>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>People</source>
        <translation type="vanished">People</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="vanished">Organisations</translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="vanished">Places</translation>
    </message>
    <message>
        <source>Parks and zones</source>
        <translation type="vanished">Parks and zones</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="vanished">Documents</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="vanished">Figures</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="vanished">Dates</translation>
    </message>
    <message>
        <location filename="../../gui/facet_panel.py" line="232"/>
        <source>1 article in the results</source>
        <translation>1 article in the results</translation>
    </message>
    <message>
        <location filename="../../gui/facet_panel.py" line="234"/>
        <source>%s articles in the results</source>
        <translation>%s articles in the results</translation>
    </message>
    <message>
        <location filename="../../gui/facet_panel.py" line="238"/>
        <source>Entity types</source>
        <translation>Entity types</translation>
    </message>
    <message>
        <location filename="../../gui/facet_panel.py" line="242"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../gui/facet_panel.py" line="244"/>
        <source>(no source)</source>
        <translation>(no source)</translation>
    </message>
    <message>
        <location filename="../../gui/facet_panel.py" line="247"/>
        <source>%s more sources</source>
        <translation>%s more sources</translation>
    </message>
    <message>
        <location filename="../../gui/facet_panel.py" line="251"/>
        <source>Years</source>
        <translation>Years</translation>
    </message>
    <message>
        <location filename="../../gui/facet_panel.py" line="253"/>
        <source>(undated)</source>
        <translation>(undated)</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <location filename="../../gui/figures_model.py" line="110"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../gui/figures_model.py" line="111"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../gui/figures_model.py" line="112"/>
        <source>Qualifier</source>
        <translation>Qualifier</translation>
    </message>
    <message>
        <location filename="../../gui/figures_model.py" line="113"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../gui/figures_model.py" line="114"/>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location filename="../../gui/figures_model.py" line="115"/>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../gui/figures_model.py" line="116"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../gui/figures_model.py" line="120"/>
        <source>The amount as a number (万 and 亿 multiplied out)</source>
        <translation>The amount as a number (万 and 亿 multiplied out)</translation>
    </message>
    <message>
        <location filename="../../gui/figures_model.py" line="121"/>
        <source>Unit of the amount</source>
        <translation>Unit of the amount</translation>
    </message>
    <message>
        <location filename="../../gui/figures_model.py" line="122"/>
        <source>约, 超过, 以上 … written with the figure</source>
        <translation>约, 超过, 以上 … written with the figure</translation>
    </message>
    <message>
        <location filename="../../gui/figures_model.py" line="123"/>
        <source>What the figure is about</source>
        <translation>What the figure is about</translation>
    </message>
    <message>
        <location filename="../../gui/figures_model.py" line="124"/>
        <source>The figure as written in the article</source>
        <translation>The figure as written in the article</translation>
    </message>
    <message>
        <location filename="../../gui/figures_model.py" line="125"/>
        <source>Title of the article</source>
        <translation>Title of the article</translation>
    </message>
    <message>
        <location filename="../../gui/figures_model.py" line="126"/>
        <source>Date of the article</source>
        <translation>Date of the article</translation>
    </message>
</context>
<context>
    <name>FiguresView</name>
    <message>
        <location filename="../../gui/figures_view.py" line="113"/>
        <source>Filter by unit, subject or text (either script)</source>
        <translation>Filter by unit, subject or text (either script)</translation>
    </message>
    <message>
        <location filename="../../gui/figures_view.py" line="115"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../gui/figures_view.py" line="176"/>
        <source>%s figures</source>
        <translation>%s figures</translation>
    </message>
    <message>
        <location filename="../../gui/figures_view.py" line="178"/>
        <source>%s of %s figures</source>
        <translation>%s of %s figures</translation>
    </message>
    <message>
        <location filename="../../gui/figures_view.py" line="180"/>
        <source>(the %s found last; the library holds %s)</source>
        <translation>(the %s found last; the library holds %s)</translation>
    </message>
    <message>
        <location filename="../../gui/figures_view.py" line="242"/>
        <source>Open article</source>
        <translation>Open article</translation>
    </message>
</context>
<context>
    <name>FilterChips</name>
    <message>
        <location filename="../../gui/filter_chips.py" line="96"/>
        <source>Dates &amp;&amp; sources…</source>
        <translation>Dates &amp;&amp; sources…</translation>
    </message>
    <message>
        <location filename="../../gui/filter_chips.py" line="97"/>
        <source>Narrow the results to a date range and to sources</source>
        <translation>Narrow the results to a date range and to sources</translation>
    </message>
</context>
<context>
    <name>HighlightDialog</name>
    <message>
        <location filename="../../gui/highlight_dialog.py" line="79"/>
        <source>Yellow</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <location filename="../../gui/highlight_dialog.py" line="80"/>
        <source>Green</source>
        <translation>Green</translation>
    </message>
    <message>
        <location filename="../../gui/highlight_dialog.py" line="81"/>
        <source>Blue</source>
        <translation>Blue</translation>
    </message>
    <message>
        <location filename="../../gui/highlight_dialog.py" line="82"/>
        <source>Pink</source>
        <translation>Pink</translation>
    </message>
    <message>
        <location filename="../../gui/highlight_dialog.py" line="87"/>
        <source>Note on article</source>
        <translation>Note on article</translation>
    </message>
    <message>
        <location filename="../../gui/highlight_dialog.py" line="88"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../gui/highlight_dialog.py" line="90"/>
        <source>Highlight</source>
        <translation>Highlight</translation>
    </message>
    <message>
        <location filename="../../gui/highlight_dialog.py" line="91"/>
        <source>&amp;Comment (optional):</source>
        <translation>&amp;Comment (optional):</translation>
    </message>
</context>
<context>
    <name>Highlights</name>
    <message>
        <location filename="../../gui/highlights.py" line="83"/>
        <source>Highlight…</source>
        <translation>Highlight…</translation>
    </message>
    <message>
        <location filename="../../gui/highlights.py" line="85"/>
        <source>Keep the selected passage with a colour and a comment (Ctrl+Shift+H)</source>
        <translation>Keep the selected passage with a colour and a comment (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <location filename="../../gui/highlights.py" line="87"/>
        <source>Note on Article…</source>
        <translation>Note on Article…</translation>
    </message>
    <message>
        <location filename="../../gui/highlights.py" line="88"/>
        <source>Keep a note on the whole article (Ctrl+Shift+N)</source>
        <translation>Keep a note on the whole article (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../gui/highlights.py" line="89"/>
        <source>Delete Highlight…</source>
        <translation>Delete Highlight…</translation>
    </message>
    <message>
        <location filename="../../gui/highlights.py" line="126"/>
        <source>Highlight, {0}</source>
        <translation>Highlight, {0}</translation>
    </message>
    <message>
        <location filename="../../gui/highlights.py" line="168"/>
        <source>Select a passage to highlight</source>
        <translation>Select a passage to highlight</translation>
    </message>
    <message>
        <location filename="../../gui/highlights.py" line="218"/>
        <source>Highlight kept</source>
        <translation>Highlight kept</translation>
    </message>
    <message>
        <location filename="../../gui/highlights.py" line="218"/>
        <source>Note kept</source>
        <translation>Note kept</translation>
    </message>
    <message>
        <location filename="../../gui/highlights.py" line="226"/>
        <source>The library was not changed: {0}</source>
        <translation>The library was not changed: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/highlights.py" line="261"/>
        <source>Delete Highlight</source>
        <translation>Delete Highlight</translation>
    </message>
    <message>
        <location filename="../../gui/highlights.py" line="262"/>
        <source>Delete the highlight 「{0}」? This cannot be undone.</source>
        <translation>Delete the highlight 「{0}」? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../gui/highlights.py" line="289"/>
        <source>Highlight deleted</source>
        <translation>Highlight deleted</translation>
    </message>
    <message>
        <source>The note was not kept: {0}</source>
        <translation type="vanished">The note was not kept: {0}</translation>
    </message>
</context>
<context>
    <name>ImportFeature</name>
    <message>
        <location filename="../../gui/import_feature.py" line="57"/>
        <source>&amp;Import Files…</source>
        <translation>&amp;Import Files…</translation>
    </message>
    <message>
        <location filename="../../gui/import_feature.py" line="58"/>
        <source>Import &amp;Folder…</source>
        <translation>Import &amp;Folder…</translation>
    </message>
    <message>
        <location filename="../../gui/import_feature.py" line="63"/>
        <source>Import files</source>
        <translation>Import files</translation>
    </message>
    <message>
        <location filename="../../gui/import_feature.py" line="70"/>
        <source>Import folder</source>
        <translation>Import folder</translation>
    </message>
    <message>
        <location filename="../../gui/import_feature.py" line="79"/>
        <source>An import is already running.</source>
        <translation>An import is already running.</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <location filename="../../gui/import_dialog.py" line="129"/>
        <source>Importing</source>
        <translation>Importing</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="130"/>
        <source>Looking for files…</source>
        <translation>Looking for files…</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="131"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="166"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="183"/>
        <source>{0} of {1} files · {2}</source>
        <translation>{0} of {1} files · {2}</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="201"/>
        <source>The import stopped: {0}
Articles imported before stay imported.</source>
        <translation>The import stopped: {0}
Articles imported before stay imported.</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="177"/>
        <source>Preparing fast search for common two-character words: {0} of {1}</source>
        <translation>Preparing fast search for common two-character words: {0} of {1}</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <location filename="../../gui/import_dialog.py" line="49"/>
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="52"/>
        <source>Files found: {0}</source>
        <translation>Files found: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="53"/>
        <source>Imported: {0}</source>
        <translation>Imported: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="54"/>
        <source>Already in the library: {0}</source>
        <translation>Already in the library: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="55"/>
        <source>Failed: {0}</source>
        <translation>Failed: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="58"/>
        <source>Imported with warnings: {0}</source>
        <translation>Imported with warnings: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="60"/>
        <source>Not reached: {0}</source>
        <translation>Not reached: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="62"/>
        <source>The import was cancelled; the files before it stay imported.</source>
        <translation>The import was cancelled; the files before it stay imported.</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="65"/>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="80"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="64"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>LibraryHealth</name>
    <message>
        <location filename="../../gui/library_health.py" line="43"/>
        <source>&amp;Back Up Library…</source>
        <translation>&amp;Back Up Library…</translation>
    </message>
    <message>
        <location filename="../../gui/library_health.py" line="78"/>
        <source>A quick check of {0} found:

{1}</source>
        <translation>A quick check of {0} found:

{1}</translation>
    </message>
    <message>
        <location filename="../../gui/library_health.py" line="84"/>
        <source>The damage is in the file itself: restore a backup of the library.</source>
        <translation>The damage is in the file itself: restore a backup of the library.</translation>
    </message>
    <message>
        <location filename="../../gui/library_health.py" line="88"/>
        <source>Repair rebuilds the search index and the counts from the stored texts, after copying the library.</source>
        <translation>Repair rebuilds the search index and the counts from the stored texts, after copying the library.</translation>
    </message>
    <message>
        <location filename="../../gui/library_health.py" line="92"/>
        <source>Library check</source>
        <translation>Library check</translation>
    </message>
    <message>
        <location filename="../../gui/library_health.py" line="97"/>
        <source>Repair</source>
        <translation>Repair</translation>
    </message>
    <message>
        <location filename="../../gui/library_health.py" line="119"/>
        <source>a repair in the Duizhao window</source>
        <translation>a repair in the Duizhao window</translation>
    </message>
    <message>
        <location filename="../../gui/library_health.py" line="113"/>
        <source>Repairing the library…</source>
        <translation>Repairing the library…</translation>
    </message>
    <message>
        <location filename="../../gui/library_health.py" line="125"/>
        <source>Search index rebuilt from {0} articles; a copy was kept as {1}</source>
        <translation>Search index rebuilt from {0} articles; a copy was kept as {1}</translation>
    </message>
    <message>
        <location filename="../../gui/library_health.py" line="131"/>
        <source>The library could not be changed: {0}</source>
        <translation>The library could not be changed: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/library_health.py" line="140"/>
        <source>Back up library</source>
        <translation>Back up library</translation>
    </message>
    <message>
        <location filename="../../gui/library_health.py" line="155"/>
        <source>Backing up the library…</source>
        <translation>Backing up the library…</translation>
    </message>
    <message>
        <location filename="../../gui/library_health.py" line="158"/>
        <source>The library was copied to {0}</source>
        <translation>The library was copied to {0}</translation>
    </message>
</context>
<context>
    <name>LibraryMenu</name>
    <message>
        <location filename="../../gui/library_menu.py" line="73"/>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <location filename="../../gui/library_menu.py" line="74"/>
        <source>&amp;New Library…</source>
        <translation>&amp;New Library…</translation>
    </message>
    <message>
        <location filename="../../gui/library_menu.py" line="75"/>
        <source>&amp;Open Library…</source>
        <translation>&amp;Open Library…</translation>
    </message>
    <message>
        <location filename="../../gui/library_menu.py" line="76"/>
        <source>no library</source>
        <translation>no library</translation>
    </message>
    <message>
        <location filename="../../gui/library_menu.py" line="77"/>
        <source>{0} — Duizhao</source>
        <translation>{0} — Duizhao</translation>
    </message>
    <message>
        <location filename="../../gui/library_menu.py" line="83"/>
        <source>{0} articles in the library</source>
        <translation>{0} articles in the library</translation>
    </message>
    <message>
        <location filename="../../gui/library_menu.py" line="104"/>
        <source>New library</source>
        <translation>New library</translation>
    </message>
    <message>
        <location filename="../../gui/library_menu.py" line="116"/>
        <source>Open library</source>
        <translation>Open library</translation>
    </message>
    <message>
        <location filename="../../gui/library_menu.py" line="125"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../gui/library_menu.py" line="134"/>
        <source>The library {0} no longer exists.</source>
        <translation>The library {0} no longer exists.</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../../gui/view_base.py" line="169"/>
        <source>Updating…</source>
        <translation>Updating…</translation>
    </message>
    <message>
        <location filename="../../gui/view_base.py" line="202"/>
        <source>Cannot build this view: {0}</source>
        <translation>Cannot build this view: {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/mainwindow.py" line="261"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="262"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="263"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="264"/>
        <source>E&amp;ntities</source>
        <translation>E&amp;ntities</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="265"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="266"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="267"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="268"/>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="269"/>
        <source>&amp;About Duizhao</source>
        <translation>&amp;About Duizhao</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="270"/>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="271"/>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="308"/>
        <source>Duizhao</source>
        <translation>Duizhao</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="319"/>
        <source>Cannot open the library:
{0}</source>
        <translation>Cannot open the library:
{0}</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="399"/>
        <source>About Duizhao</source>
        <translation>About Duizhao</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="vanished">Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;New Library…</source>
        <translation type="vanished">&amp;New Library…</translation>
    </message>
    <message>
        <source>&amp;Open Library…</source>
        <translation type="vanished">&amp;Open Library…</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation type="vanished">&amp;Import Files…</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation type="vanished">Import &amp;Folder…</translation>
    </message>
    <message>
        <source>&amp;Export Selection…</source>
        <translation type="vanished">&amp;Export Selection…</translation>
    </message>
    <message>
        <source>Export &amp;All Results…</source>
        <translation type="vanished">Export &amp;All Results…</translation>
    </message>
    <message>
        <source>&amp;Extract Entities</source>
        <translation type="vanished">&amp;Extract Entities</translation>
    </message>
    <message>
        <source>&amp;Stop Extraction</source>
        <translation type="vanished">&amp;Stop Extraction</translation>
    </message>
    <message>
        <source>no library</source>
        <translation type="vanished">no library</translation>
    </message>
    <message>
        <source>{0} — Duizhao</source>
        <translation type="vanished">{0} — Duizhao</translation>
    </message>
    <message>
        <source>{0} articles in the library</source>
        <translation type="vanished">{0} articles in the library</translation>
    </message>
    <message>
        <source>New library</source>
        <translation type="vanished">New library</translation>
    </message>
    <message>
        <source>Open library</source>
        <translation type="vanished">Open library</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="vanished">(none)</translation>
    </message>
    <message>
        <source>The library {0} no longer exists.</source>
        <translation type="vanished">The library {0} no longer exists.</translation>
    </message>
    <message>
        <source>Cannot search: {0}</source>
        <translation type="vanished">Cannot search: {0}</translation>
    </message>
    <message>
        <source>{0} articles, {1} · {2:.0f} ms</source>
        <translation type="vanished">{0} articles, {1} · {2:.0f} ms</translation>
    </message>
    <message>
        <source>“{0}”: {1} articles, {2} hits · {3:.0f} ms</source>
        <translation type="vanished">“{0}”: {1} articles, {2} hits · {3:.0f} ms</translation>
    </message>
    <message>
        <source>The library cannot be read: {0}</source>
        <translation type="vanished">The library cannot be read: {0}</translation>
    </message>
    <message>
        <source>newest first</source>
        <translation type="vanished">newest first</translation>
    </message>
    <message>
        <source>oldest first</source>
        <translation type="vanished">oldest first</translation>
    </message>
    <message>
        <source>by title</source>
        <translation type="vanished">by title</translation>
    </message>
    <message>
        <source>by relevance</source>
        <translation type="vanished">by relevance</translation>
    </message>
    <message>
        <source>{0} articles mention the selected entities</source>
        <translation type="vanished">{0} articles mention the selected entities</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation type="vanished">Import files</translation>
    </message>
    <message>
        <source>Import folder</source>
        <translation type="vanished">Import folder</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation type="vanished">An import is already running.</translation>
    </message>
    <message>
        <source>entity extraction in the Duizhao window</source>
        <translation type="vanished">entity extraction in the Duizhao window</translation>
    </message>
    <message>
        <source>Entities %v/%m</source>
        <translation type="vanished">Entities %v/%m</translation>
    </message>
    <message>
        <source>Entities extracted from {0} articles</source>
        <translation type="vanished">Entities extracted from {0} articles</translation>
    </message>
    <message>
        <source>Entity extraction stopped: {0}</source>
        <translation type="vanished">Entity extraction stopped: {0}</translation>
    </message>
    <message>
        <source>Nothing selected to export</source>
        <translation type="vanished">Nothing selected to export</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation type="vanished">Export to CSV</translation>
    </message>
    <message>
        <source>The export failed: {0}</source>
        <translation type="vanished">The export failed: {0}</translation>
    </message>
    <message>
        <source>Exporting {0} articles…</source>
        <translation type="vanished">Exporting {0} articles…</translation>
    </message>
    <message>
        <source>Exported {0} articles to {1}</source>
        <translation type="vanished">Exported {0} articles to {1}</translation>
    </message>
    <message>
        <source>Duizhao (对照 / 對照): an offline reference browser for Chinese-language news, in both scripts.</source>
        <translation type="vanished">Duizhao (对照 / 對照): an offline reference browser for Chinese-language news, in both scripts.</translation>
    </message>
</context>
<context>
    <name>MarkLegend</name>
    <message>
        <location filename="../../gui/mark_legend.py" line="58"/>
        <source>search hits</source>
        <translation>search hits</translation>
    </message>
</context>
<context>
    <name>MentionWalk</name>
    <message>
        <location filename="../../gui/mention_walk.py" line="227"/>
        <source>{0} of {1} hits and mentions</source>
        <translation>{0} of {1} hits and mentions</translation>
    </message>
    <message>
        <location filename="../../gui/mention_walk.py" line="229"/>
        <source>no hits or mentions</source>
        <translation>no hits or mentions</translation>
    </message>
    <message>
        <location filename="../../gui/mention_walk.py" line="232"/>
        <source>mention {0} of {1}</source>
        <translation>mention {0} of {1}</translation>
    </message>
    <message>
        <location filename="../../gui/mention_walk.py" line="232"/>
        <source>no mentions</source>
        <translation>no mentions</translation>
    </message>
    <message>
        <location filename="../../gui/mention_walk.py" line="234"/>
        <source>hit {0} of {1}</source>
        <translation>hit {0} of {1}</translation>
    </message>
    <message>
        <location filename="../../gui/mention_walk.py" line="234"/>
        <source>no hits</source>
        <translation>no hits</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../gui/merge_dialog.py" line="31"/>
        <source>Merge into</source>
        <translation>Merge into</translation>
    </message>
    <message>
        <location filename="../../gui/merge_dialog.py" line="37"/>
        <source>Filter (either script)</source>
        <translation>Filter (either script)</translation>
    </message>
    <message>
        <location filename="../../gui/merge_dialog.py" line="52"/>
        <source>Merge %s into:</source>
        <translation>Merge %s into:</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <location filename="../../gui/network_view.py" line="284"/>
        <source>Names (no figures or dates)</source>
        <translation>Names (no figures or dates)</translation>
    </message>
    <message>
        <location filename="../../gui/network_view.py" line="285"/>
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../gui/network_view.py" line="288"/>
        <source>Same article</source>
        <translation>Same article</translation>
    </message>
    <message>
        <location filename="../../gui/network_view.py" line="289"/>
        <source>Same sentence</source>
        <translation>Same sentence</translation>
    </message>
    <message>
        <location filename="../../gui/network_view.py" line="290"/>
        <source>At least</source>
        <translation>At least</translation>
    </message>
    <message>
        <location filename="../../gui/network_view.py" line="292"/>
        <location filename="../../gui/network_view.py" line="324"/>
        <source> shared sentence(s)</source>
        <translation> shared sentence(s)</translation>
    </message>
    <message>
        <location filename="../../gui/network_view.py" line="294"/>
        <location filename="../../gui/network_view.py" line="326"/>
        <source> shared article(s)</source>
        <translation> shared article(s)</translation>
    </message>
    <message>
        <location filename="../../gui/network_view.py" line="305"/>
        <source>Select an entity in the tree to see the entities that appear with it.</source>
        <translation>Select an entity in the tree to see the entities that appear with it.</translation>
    </message>
    <message>
        <location filename="../../gui/network_view.py" line="306"/>
        <source>No other entity shares that many articles with the selection.</source>
        <translation>No other entity shares that many articles with the selection.</translation>
    </message>
    <message>
        <location filename="../../gui/network_view.py" line="340"/>
        <source>Entities in the same sentences as {0}</source>
        <translation>Entities in the same sentences as {0}</translation>
    </message>
    <message>
        <location filename="../../gui/network_view.py" line="342"/>
        <source>Entities in the same articles as {0}</source>
        <translation>Entities in the same articles as {0}</translation>
    </message>
    <message>
        <location filename="../../gui/network_view.py" line="347"/>
        <source>{0} entities, {1} links; node size: mentions; line: shared {2}</source>
        <translation>{0} entities, {1} links; node size: mentions; line: shared {2}</translation>
    </message>
    <message>
        <location filename="../../gui/network_view.py" line="350"/>
        <source>sentences</source>
        <translation>sentences</translation>
    </message>
    <message>
        <location filename="../../gui/network_view.py" line="350"/>
        <source>articles</source>
        <translation>articles</translation>
    </message>
    <message>
        <location filename="../../gui/network_view.py" line="354"/>
        <source>The {0} entities sharing most are shown; {1} more left out (raise the minimum or choose a type)</source>
        <translation>The {0} entities sharing most are shown; {1} more left out (raise the minimum or choose a type)</translation>
    </message>
    <message>
        <location filename="../../gui/network_view.py" line="361"/>
        <source>{0} mention(s)</source>
        <translation>{0} mention(s)</translation>
    </message>
    <message>
        <location filename="../../gui/network_view.py" line="375"/>
        <source>{0} sentence(s) shared with the selection</source>
        <translation>{0} sentence(s) shared with the selection</translation>
    </message>
    <message>
        <location filename="../../gui/network_view.py" line="377"/>
        <source>{0} article(s) shared with the selection</source>
        <translation>{0} article(s) shared with the selection</translation>
    </message>
    <message>
        <location filename="../../gui/network_view.py" line="379"/>
        <source>Click to select it</source>
        <translation>Click to select it</translation>
    </message>
    <message>
        <location filename="../../gui/network_view.py" line="382"/>
        <source>network</source>
        <translation>network</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../gui/notes_panel.py" line="129"/>
        <source>Search notes, passages and titles</source>
        <translation>Search notes, passages and titles</translation>
    </message>
    <message>
        <location filename="../../gui/notes_panel.py" line="131"/>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <location filename="../../gui/notes_panel.py" line="131"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../gui/notes_panel.py" line="131"/>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../gui/notes_panel.py" line="131"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../gui/notes_panel.py" line="133"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../gui/notes_panel.py" line="134"/>
        <source>Delete the selected notes (after asking)</source>
        <translation>Delete the selected notes (after asking)</translation>
    </message>
    <message>
        <location filename="../../gui/notes_panel.py" line="135"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../gui/notes_panel.py" line="137"/>
        <source>Save the notes listed, with their citations, as a CSV file</source>
        <translation>Save the notes listed, with their citations, as a CSV file</translation>
    </message>
    <message>
        <location filename="../../gui/notes_panel.py" line="182"/>
        <source>The notes could not be read: {0}</source>
        <translation>The notes could not be read: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/notes_panel.py" line="194"/>
        <source>(whole article)</source>
        <translation>(whole article)</translation>
    </message>
    <message>
        <location filename="../../gui/notes_panel.py" line="212"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/notes_panel.py" line="214"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/notes_panel.py" line="244"/>
        <source>The article of this note is no longer in the library</source>
        <translation>The article of this note is no longer in the library</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/notes_panel.py" line="256"/>
        <source>Delete %n note(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n note? This cannot be undone.</numerusform>
            <numerusform>Delete %n notes? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/notes_panel.py" line="258"/>
        <source>Delete the highlight 「{0}」? This cannot be undone.</source>
        <translation>Delete the highlight 「{0}」? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../gui/notes_panel.py" line="262"/>
        <source>Delete the note on the whole article? This cannot be undone.</source>
        <translation>Delete the note on the whole article? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../gui/notes_panel.py" line="264"/>
        <source>Delete notes</source>
        <translation>Delete notes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/notes_panel.py" line="290"/>
        <source>%n note(s) deleted</source>
        <translation>
            <numerusform>%n note deleted</numerusform>
            <numerusform>%n notes deleted</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/notes_panel.py" line="298"/>
        <source>That did not work: {0}</source>
        <translation>That did not work: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/notes_panel.py" line="307"/>
        <source>Export notes</source>
        <translation>Export notes</translation>
    </message>
    <message>
        <location filename="../../gui/notes_panel.py" line="307"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/notes_panel.py" line="327"/>
        <source>Exported %n note(s) to {0}</source>
        <translation>
            <numerusform>Exported %n note to {0}</numerusform>
            <numerusform>Exported %n notes to {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../gui/operations.py" line="133"/>
        <source>the library is read-only: nothing can be changed</source>
        <translation>the library is read-only: nothing can be changed</translation>
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
        <location filename="../../gui/reader.py" line="258"/>
        <source>Automatic (the other script)</source>
        <translation>Automatic (the other script)</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="273"/>
        <source>&amp;Conversion:</source>
        <translation>&amp;Conversion:</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="276"/>
        <source>How the second pane is converted from the original.
Automatic shows the other script: Simplified for a Traditional article, Traditional for a Simplified one.
A Simplified article is converted directly to the chosen variant; for a Traditional article and a Traditional variant (Taiwan, Hong Kong) the text is first made Simplified, then converted, so the variant&apos;s own characters and phrases show.</source>
        <translation>How the second pane is converted from the original.
Automatic shows the other script: Simplified for a Traditional article, Traditional for a Simplified one.
A Simplified article is converted directly to the chosen variant; for a Traditional article and a Traditional variant (Taiwan, Hong Kong) the text is first made Simplified, then converted, so the variant&apos;s own characters and phrases show.</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="285"/>
        <source>Swap sides</source>
        <translation>Swap sides</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="286"/>
        <source>Show the original on the other side</source>
        <translation>Show the original on the other side</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="287"/>
        <source>Copy with citation</source>
        <translation>Copy with citation</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="288"/>
        <source>Next hit or mention</source>
        <translation>Next hit or mention</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="289"/>
        <source>Next hit or mention (F3)</source>
        <translation>Next hit or mention (F3)</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="290"/>
        <source>Previous hit or mention</source>
        <translation>Previous hit or mention</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="291"/>
        <source>Previous hit or mention (Shift+F3)</source>
        <translation>Previous hit or mention (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="292"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="293"/>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="294"/>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="295"/>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="296"/>
        <source>Actual size</source>
        <translation>Actual size</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="390"/>
        <source>No article open</source>
        <translation>No article open</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="468"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="469"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="470"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="471"/>
        <source>Park or zone</source>
        <translation>Park or zone</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="472"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="473"/>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="474"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="494"/>
        <source>{name}
{type} · {n} mention(s) in this article</source>
        <translation>{name}
{type} · {n} mention(s) in this article</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="499"/>
        <source>{0} mention(s) in {1} article(s) of the library</source>
        <translation>{0} mention(s) in {1} article(s) of the library</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="652"/>
        <source>Select some text to copy with its citation</source>
        <translation>Select some text to copy with its citation</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="657"/>
        <source>Copied with citation</source>
        <translation>Copied with citation</translation>
    </message>
    <message>
        <source>Next hit</source>
        <translation type="vanished">Next hit</translation>
    </message>
    <message>
        <source>Next hit (F3)</source>
        <translation type="vanished">Next hit (F3)</translation>
    </message>
    <message>
        <source>Previous hit</source>
        <translation type="vanished">Previous hit</translation>
    </message>
    <message>
        <source>Previous hit (Shift+F3)</source>
        <translation type="vanished">Previous hit (Shift+F3)</translation>
    </message>
    <message>
        <source>no hits</source>
        <translation type="vanished">no hits</translation>
    </message>
    <message>
        <source>hit {0} of {1}</source>
        <translation type="vanished">hit {0} of {1}</translation>
    </message>
    <message>
        <source>Duizhao article {uid}</source>
        <translation type="vanished">Duizhao article {uid}</translation>
    </message>
</context>
<context>
    <name>RegionalToggle</name>
    <message>
        <location filename="../../gui/regional_toggle.py" line="60"/>
        <source>Regional words</source>
        <translation>Regional words</translation>
    </message>
    <message>
        <location filename="../../gui/regional_toggle.py" line="63"/>
        <source>Also find the Taiwan and Hong Kong words for the searched words, and the mainland words for theirs (信息 / 資訊, 软件 / 軟體, 网络 / 網路), from OpenCC&apos;s phrase tables</source>
        <translation>Also find the Taiwan and Hong Kong words for the searched words, and the mainland words for theirs (信息 / 資訊, 软件 / 軟體, 网络 / 網路), from OpenCC&apos;s phrase tables</translation>
    </message>
    <message>
        <location filename="../../gui/regional_toggle.py" line="107"/>
        <source>also: {0}</source>
        <translation>also: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/regional_toggle.py" line="109"/>
        <source>no regional words</source>
        <translation>no regional words</translation>
    </message>
</context>
<context>
    <name>RespellDialog</name>
    <message>
        <location filename="../../gui/respell_dialog.py" line="41"/>
        <source>Spelling of the name…</source>
        <translation>Spelling of the name…</translation>
    </message>
    <message>
        <location filename="../../gui/respell_dialog.py" line="79"/>
        <source>Spelling of a name</source>
        <translation>Spelling of a name</translation>
    </message>
    <message>
        <location filename="../../gui/respell_dialog.py" line="82"/>
        <source>How {name} is written in each script. The reader and exports write it so in a conversion to that script, instead of converting it. Leave a field empty to convert the name again.</source>
        <translation>How {name} is written in each script. The reader and exports write it so in a conversion to that script, instead of converting it. Leave a field empty to convert the name again.</translation>
    </message>
    <message>
        <location filename="../../gui/respell_dialog.py" line="87"/>
        <source>&amp;Simplified:</source>
        <translation>&amp;Simplified:</translation>
    </message>
    <message>
        <location filename="../../gui/respell_dialog.py" line="88"/>
        <source>&amp;Traditional:</source>
        <translation>&amp;Traditional:</translation>
    </message>
    <message>
        <location filename="../../gui/respell_dialog.py" line="90"/>
        <source>converted</source>
        <translation>converted</translation>
    </message>
    <message>
        <location filename="../../gui/respell_dialog.py" line="120"/>
        <source>{0} is another name, not a spelling of {1}: rename it or add an alias.</source>
        <translation>{0} is another name, not a spelling of {1}: rename it or add an alias.</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../gui/results_model.py" line="214"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../gui/results_model.py" line="214"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../gui/results_model.py" line="214"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../gui/results_model.py" line="220"/>
        <source>Hits + mentions</source>
        <translation>Hits + mentions</translation>
    </message>
    <message>
        <location filename="../../gui/results_model.py" line="222"/>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <location filename="../../gui/results_model.py" line="223"/>
        <source>Hits</source>
        <translation>Hits</translation>
    </message>
    <message>
        <location filename="../../gui/results_model.py" line="275"/>
        <source>at least {0} search hit(s) (the first {1} characters counted)</source>
        <translation>at least {0} search hit(s) (the first {1} characters counted)</translation>
    </message>
    <message>
        <location filename="../../gui/results_model.py" line="279"/>
        <source>{0} search hit(s)</source>
        <translation>{0} search hit(s)</translation>
    </message>
    <message>
        <location filename="../../gui/results_model.py" line="282"/>
        <source>{0} mention(s) of the selected entities</source>
        <translation>{0} mention(s) of the selected entities</translation>
    </message>
    <message>
        <location filename="../../gui/results_model.py" line="215"/>
        <source>Context</source>
        <translation>Context</translation>
    </message>
</context>
<context>
    <name>SavedPanel</name>
    <message>
        <location filename="../../gui/saved_panel.py" line="123"/>
        <source>Saved search</source>
        <translation>Saved search</translation>
    </message>
    <message>
        <location filename="../../gui/saved_panel.py" line="123"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../gui/saved_panel.py" line="124"/>
        <source>Save Current Search…</source>
        <translation>Save Current Search…</translation>
    </message>
    <message>
        <location filename="../../gui/saved_panel.py" line="125"/>
        <source>Keep the search and its filters under a name</source>
        <translation>Keep the search and its filters under a name</translation>
    </message>
    <message>
        <location filename="../../gui/saved_panel.py" line="126"/>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../../gui/saved_panel.py" line="127"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../gui/saved_panel.py" line="164"/>
        <source>That did not work: {0}</source>
        <translation>That did not work: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/saved_panel.py" line="174"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/saved_panel.py" line="177"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../gui/saved_panel.py" line="178"/>
        <location filename="../../gui/saved_panel.py" line="259"/>
        <source>every article</source>
        <translation>every article</translation>
    </message>
    <message>
        <location filename="../../gui/saved_panel.py" line="179"/>
        <source>Last opened: {0}</source>
        <translation>Last opened: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/saved_panel.py" line="188"/>
        <source>%n saved</source>
        <translation>
            <numerusform>%n saved</numerusform>
            <numerusform>%n saved</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/saved_panel.py" line="262"/>
        <source>Save Search</source>
        <translation>Save Search</translation>
    </message>
    <message>
        <location filename="../../gui/saved_panel.py" line="264"/>
        <source>Name for the search
{0}
(a saved search of the same name is replaced)</source>
        <translation>Name for the search
{0}
(a saved search of the same name is replaced)</translation>
    </message>
    <message>
        <location filename="../../gui/saved_panel.py" line="274"/>
        <source>Search saved as {0}</source>
        <translation>Search saved as {0}</translation>
    </message>
    <message>
        <location filename="../../gui/saved_panel.py" line="289"/>
        <source>Rename Saved Search</source>
        <translation>Rename Saved Search</translation>
    </message>
    <message>
        <location filename="../../gui/saved_panel.py" line="289"/>
        <source>New name:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <location filename="../../gui/saved_panel.py" line="307"/>
        <source>Delete Saved Search</source>
        <translation>Delete Saved Search</translation>
    </message>
    <message>
        <location filename="../../gui/saved_panel.py" line="309"/>
        <source>Delete the saved search {0}? The articles stay; this cannot be undone.</source>
        <translation>Delete the saved search {0}? The articles stay; this cannot be undone.</translation>
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
    <name>SearchRunner</name>
    <message>
        <location filename="../../gui/search_runner.py" line="122"/>
        <source>Cannot search: {0}</source>
        <translation>Cannot search: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/search_runner.py" line="124"/>
        <source>The library cannot be read: {0}</source>
        <translation>The library cannot be read: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/search_runner.py" line="171"/>
        <source>1 hit</source>
        <translation>1 hit</translation>
    </message>
    <message>
        <location filename="../../gui/search_runner.py" line="171"/>
        <source>{0} hits</source>
        <translation>{0} hits</translation>
    </message>
    <message>
        <location filename="../../gui/search_runner.py" line="172"/>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>{0}, {1} hits</source>
        <translation type="vanished">{0}, {1} hits</translation>
    </message>
    <message>
        <source>{0} articles</source>
        <translation type="vanished">{0} articles</translation>
    </message>
    <message>
        <source>{0} articles, {1} hits</source>
        <translation type="vanished">{0} articles, {1} hits</translation>
    </message>
</context>
<context>
    <name>SearchSpec</name>
    <message>
        <location filename="../../gui/spec_text.py" line="18"/>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <location filename="../../gui/spec_text.py" line="19"/>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../../gui/spec_text.py" line="20"/>
        <source>place</source>
        <translation>place</translation>
    </message>
    <message>
        <location filename="../../gui/spec_text.py" line="21"/>
        <source>park or zone</source>
        <translation>park or zone</translation>
    </message>
    <message>
        <location filename="../../gui/spec_text.py" line="22"/>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <location filename="../../gui/spec_text.py" line="23"/>
        <source>figure</source>
        <translation>figure</translation>
    </message>
    <message>
        <location filename="../../gui/spec_text.py" line="24"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../../gui/spec_text.py" line="30"/>
        <source>mentions {0}</source>
        <translation>mentions {0}</translation>
    </message>
    <message>
        <location filename="../../gui/spec_text.py" line="34"/>
        <source>a {0}</source>
        <translation>a {0}</translation>
    </message>
    <message>
        <location filename="../../gui/spec_text.py" line="35"/>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <location filename="../../gui/spec_text.py" line="44"/>
        <source>from {0}</source>
        <translation>from {0}</translation>
    </message>
    <message>
        <location filename="../../gui/spec_text.py" line="45"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../gui/spec_text.py" line="51"/>
        <source>newest first</source>
        <translation>newest first</translation>
    </message>
    <message>
        <location filename="../../gui/spec_text.py" line="52"/>
        <source>oldest first</source>
        <translation>oldest first</translation>
    </message>
    <message>
        <location filename="../../gui/spec_text.py" line="53"/>
        <source>by title</source>
        <translation>by title</translation>
    </message>
    <message>
        <location filename="../../gui/spec_text.py" line="78"/>
        <source>1 article</source>
        <translation>1 article</translation>
    </message>
    <message>
        <location filename="../../gui/spec_text.py" line="79"/>
        <source>{0} articles</source>
        <translation>{0} articles</translation>
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
    <name>TimelineView</name>
    <message>
        <location filename="../../gui/timeline_view.py" line="246"/>
        <source>By month</source>
        <translation>By month</translation>
    </message>
    <message>
        <location filename="../../gui/timeline_view.py" line="247"/>
        <source>By year</source>
        <translation>By year</translation>
    </message>
    <message>
        <location filename="../../gui/timeline_view.py" line="248"/>
        <source>undated</source>
        <translation>undated</translation>
    </message>
    <message>
        <location filename="../../gui/timeline_view.py" line="261"/>
        <source>Select an entity in the tree, or search, to see its mentions per month.</source>
        <translation>Select an entity in the tree, or search, to see its mentions per month.</translation>
    </message>
    <message>
        <location filename="../../gui/timeline_view.py" line="263"/>
        <source>Nothing to show: no mentions in the filtered articles.</source>
        <translation>Nothing to show: no mentions in the filtered articles.</translation>
    </message>
    <message>
        <location filename="../../gui/timeline_view.py" line="289"/>
        <source>Mentions of {0} per year</source>
        <translation>Mentions of {0} per year</translation>
    </message>
    <message>
        <location filename="../../gui/timeline_view.py" line="291"/>
        <source>Mentions of {0} per month</source>
        <translation>Mentions of {0} per month</translation>
    </message>
    <message>
        <location filename="../../gui/timeline_view.py" line="293"/>
        <source>mentions</source>
        <translation>mentions</translation>
    </message>
    <message>
        <location filename="../../gui/timeline_view.py" line="296"/>
        <source>Articles matching the search per year</source>
        <translation>Articles matching the search per year</translation>
    </message>
    <message>
        <location filename="../../gui/timeline_view.py" line="298"/>
        <source>Articles matching the search per month</source>
        <translation>Articles matching the search per month</translation>
    </message>
    <message>
        <location filename="../../gui/timeline_view.py" line="300"/>
        <source>articles</source>
        <translation>articles</translation>
    </message>
    <message>
        <location filename="../../gui/timeline_view.py" line="309"/>
        <source>{0}: {1} mention(s) in {2} article(s)</source>
        <translation>{0}: {1} mention(s) in {2} article(s)</translation>
    </message>
    <message>
        <location filename="../../gui/timeline_view.py" line="313"/>
        <source>{0}: {1} article(s)</source>
        <translation>{0}: {1} article(s)</translation>
    </message>
    <message>
        <location filename="../../gui/timeline_view.py" line="315"/>
        <source>Click to show only this period</source>
        <translation>Click to show only this period</translation>
    </message>
    <message>
        <location filename="../../gui/timeline_view.py" line="324"/>
        <source>timeline</source>
        <translation>timeline</translation>
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
    <name>ViewsPanel</name>
    <message>
        <location filename="../../gui/views_panel.py" line="47"/>
        <source>Timeline and network</source>
        <translation>Timeline and network</translation>
    </message>
    <message>
        <location filename="../../gui/views_panel.py" line="69"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../gui/views_panel.py" line="70"/>
        <source>Network</source>
        <translation>Network</translation>
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
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../gui/workspace.py" line="69"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../gui/workspace.py" line="70"/>
        <source>Saved Searches</source>
        <translation>Saved Searches</translation>
    </message>
</context>
<context>
    <name>owner</name>
    <message>
        <location filename="../../gui/workspace.py" line="50"/>
        <source>selected notes</source>
        <translation>selected notes</translation>
    </message>
</context>
</TS>
