<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Banner</name>
    <message>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareChoiceDialog</name>
    <message>
        <source>Compare two reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports of one place in consecutive years:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or any two open reports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No two open reports are of one place in consecutive years. Pick any two:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier (left):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later (right):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareLauncher</name>
    <message>
        <source>Compare &amp;years…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two open reports side by side, usually one place in consecutive years (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open two reports first, for example one city&apos;s reports of two consecutive years.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message>
        <source>Earlier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(similarity %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections paired by topic (score %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared topic words: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pair: %1, similarity %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareTagging</name>
    <message>
        <source>That sentence is hidden by the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change further on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change before this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sentence on this side of the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report is read-only: its annotation file could not be read. Labels cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in the reading window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>Scorecard: were last year&apos;s targets met?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aligning the two reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next change ▼</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous change ▲</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next change (N, F7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous change (Shift+N, Shift+F7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Show: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two reports could not be aligned:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sentence pairs (%2 reworded), %3 dropped, %4 new.  %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 report, sentence %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare %1 ↔ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save failed: changes kept, retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>These files exist already and would be replaced:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is annotating?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name as it should appear in the annotation files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports (*.txt *.docx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some labels could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotation file changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite it with the labels shown here?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import labels into the open reports from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines files (*.jsonl *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Export &amp;training data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import labels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Word summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export training data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collecting the labelled reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was exported. Your labels and annotation files are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is left out: its annotation file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is left out: you have not labelled it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 report document(s) with %2 labelled span(s) from %3 report(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 sentence(s), %2 of them labelled, from %3 report(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 report(s), %3 sentence(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report went to %1: there are too few reports for this split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training data exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 record(s) to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the reports the labels belong to first; labels are imported into the open reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the labels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported. Your labels and annotation files are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing with the labels in the window…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import labels from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sentence(s) in %2 got a new or different label from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sentence(s) already had the imported label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 sentence(s) labelled in %2 already have these labels; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sentence of the open reports was labelled by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New labels added to the label set: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit › Undo takes the whole import back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 label(s) from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a report first; the summary is of the report shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No summary was written. Your labels are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1 briefs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefs cancelled; those written so far are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not every brief was written. Your labels are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the briefs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary was written to
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your latest labels could not be saved, so they would be missing. Nothing was done; the labels are kept in the window and saving is retried.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export training data</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n open report file(s), with your labels</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every report in a folder, with every annotator&apos;s labels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder of reports and annotation files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSONL — one sentence a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV — one sentence a row, opens in Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doccano — one report a line, labels as spans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include sentences without a label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split by report into train / dev / test:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an existing folder of reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines files (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export training data to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the reports of</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Guidelines</name>
    <message>
        <source>Label whole sentences of the report body. Headings such as 一、 or （一） get no label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time a sentence speaks about decides, not its verb: a plan for this year is a target, even with 实现 or 确保; something done last year is an achievement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimates of last year&apos;s results (预计增长4%左右) are achievements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five-year outlooks (未来五年…) are targets; five-year reviews (过去五年…) are achievements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The general requirements for the coming year (总体要求是…) are a target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mixed sentence takes the label of its main clause; when both halves weigh the same, the later period (target) wins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems and shortcomings (仍处于起步阶段, 不足) are other, even inside a review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure, thanks, praise without content and reasons for success are other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard cases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <source>Label “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportLabels</name>
    <message>
        <source>%1 is no longer open; its labels were not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only; its labels were not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The labels of %1 could not be added (%2); its labels were not imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorTable</name>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No indicators in this view (the earlier report may have no plan part, or the later no review part).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 indicators, %2 found in both reports. Click one to see its sentence.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelEditorDialog</name>
    <message>
        <source>Edit labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a cell to edit it, a colour to choose another. A key is one character; J, K, N and 0 move between sentences or clear a label and cannot be used. Renaming a label renames it on every sentence that has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is used by labelled sentences and cannot be removed; rename it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key “%1” moves between sentences or clears a label; choose another key for “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels in use cannot be removed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Open a report with File › Open (Ctrl+O), or drop report files here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label guidelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other version of the annotation file is kept as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels could not be saved; they are kept here and saving is retried.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetadataForm</name>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the stored values again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use found values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop every correction and go back to what was found in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: the annotation file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrections are saved in the annotation file; the report file is never changed. An emptied field means the value is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a year: write four digits, such as 2023.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportListDelegate</name>
    <message>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportListModel</name>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(kept in your data folder: a bundled sample, or a folder that cannot be written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportMessages</name>
    <message>
        <source>Annotation file not readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The labels of %1 could not be read, so it opens read-only and the annotation file is left untouched.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 label(s) of %2 were moved to sentences whose text changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels of %1 are kept in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The labels of %1 were kept in two files, %2 and %3 (one was saved while the report&apos;s folder could not be written). Both are merged: %4 sentence(s) took their label from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sentence(s) were labelled differently in both; the newer label is kept and the other goes to a conflict copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: the annotation file could not be read and is left untouched. Labels cannot be changed until it is repaired or moved away.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a sample report shipped with the app, so its labels are kept in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of this report cannot be written, so its labels are kept in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 label(s) of this report no longer match a sentence (the report text changed). They are kept in the annotation file, marked as orphaned, for example: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels of %1 saved by another window or program were merged in: %2 sentence(s) took their label from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sentence(s) were labelled differently in both; the newer label is kept and the other one is in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scorecard</name>
    <message>
        <source>(no target)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no result)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 targets: %2 met, %3 not met, %4 stated in words, %5 without a result. Click one to see both sentences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Find in this report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous hit (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next hit (F3, Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionTreeModel</name>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 of %3 sentences labelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SentencePanel</name>
    <message>
        <source>A note on this sentence (Enter to keep it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sentence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sentences selected; the current one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— none —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(before the first section)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label the selected sentences “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0  clear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <source>Report %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save failed: changes kept, retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1 (%2 of %3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionActions</name>
    <message>
        <source>Accept the suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next uncertain sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show suggested labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion &amp;model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence for accepting a section…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrain now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train from a folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the section&apos;s suggestions ≥ %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionController</name>
    <message>
        <source>— none —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(hidden in the text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested labels are hidden (Tagging › Show suggested labels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>accept %n suggestions</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>before the first section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suggestion in “%1” reaches the confidence %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>accept %n suggestions in “%1”</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Accepted %1 suggestion(s) in “%2” (confidence ≥ %3); %4 left for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every sentence has a label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every uncertain sentence was visited; starting again from the least confident.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionDialogs</name>
    <message>
        <source>Accepting a section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the suggestions of a section whose confidence is at least:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train suggestions from the labels in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the suggestion model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget what the suggestions learned from your labels and use the rules alone?

The model in %1 is deleted; your labels are kept, and the model learns again as you label.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionLearner</name>
    <message>
        <source>Open a report first: the model is kept beside its labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the labels in %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no suggestion model yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learned from %1 label(s) in %2 file(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The suggestion model was reset: the rules suggest until it learns again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions: %1 failed (%2); the rules still suggest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions: rules + model (%1 labels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions: rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model is kept in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>Word summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every open report, one brief each, paired with the year before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into the folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A brief of at most four pages. Compared with the report of the year before, it judges that year&apos;s targets by this year&apos;s results and lists the policy topics that are new or dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Append the complete indicator tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the folder the briefs go into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the briefs into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the Word summary to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tagging</name>
    <message>
        <source>Next sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next unlabelled sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous unlabelled sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the suggested label and move on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the confident suggestions of the section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next uncertain: the least confident suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First / last sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse the selection, close the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo / redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search, next / previous hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide this help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaggingController</name>
    <message>
        <source>No unlabelled sentence further on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unlabelled sentence before this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report is read-only: its annotation file could not be read. Labels cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the report&apos;s metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the label</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copy %n sentence(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>clear a label</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>clear %n labels</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>accept the suggestion “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>accept %n suggestions “%1”</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>label “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>label %n sentences “%1”</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Edit a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the label set</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>import %n label(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Show: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlabelled only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the next start, labels are saved under the name “%1”; this session keeps “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Choose the file to write, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
