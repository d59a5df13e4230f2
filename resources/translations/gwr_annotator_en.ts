<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AdjudicationDialog</name>
    <message numerus="yes">
        <source>Accept %n agreed sentence(s)</source>
        <translation>
            <numerusform>Accept %n agreed sentence</numerusform>
            <numerusform>Accept %n agreed sentences</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message numerus="yes">
        <source>Exported %n record(s) to %1</source>
        <translation>
            <numerusform>Exported %n record to %1</numerusform>
            <numerusform>Exported %n records to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sentence(s) already had the imported label.</source>
        <translation>
            <numerusform>%n sentence already had the imported label.</numerusform>
            <numerusform>%n sentences already had the imported label.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n sentence(s) labelled in %1 already have these labels; nothing changed.</source>
        <translation>
            <numerusform>The %n sentence labelled in %1 already has this label; nothing changed.</numerusform>
            <numerusform>The %n sentences labelled in %1 already have these labels; nothing changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n label(s) from %1</source>
        <translation>
            <numerusform>Imported %n label from %1</numerusform>
            <numerusform>Imported %n labels from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>The %n open report file(s), with your labels</source>
        <translation>
            <numerusform>The open report file, with your labels</numerusform>
            <numerusform>The %n open report files, with your labels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportMessages</name>
    <message numerus="yes">
        <source>%n label(s) of %1 were moved to sentences whose text changed.</source>
        <translation>
            <numerusform>%n label of %1 was moved to a sentence whose text changed.</numerusform>
            <numerusform>%n labels of %1 were moved to sentences whose text changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sentence(s) were labelled differently in both; the newer label is kept and the other goes to a conflict copy.</source>
        <translation>
            <numerusform>%n sentence was labelled differently in both; the newer label is kept and the other goes to a conflict copy.</numerusform>
            <numerusform>%n sentences were labelled differently in both; the newer label is kept and the other goes to a conflict copy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not open %n report(s)</source>
        <translation>
            <numerusform>Could not open %n report</numerusform>
            <numerusform>Could not open %n reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) of this report no longer match a sentence (the report text changed). They are kept in the annotation file, marked as orphaned, for example: “%1”</source>
        <translation>
            <numerusform>%n label of this report no longer matches a sentence (the report text changed). It is kept in the annotation file, marked as orphaned: “%1”</numerusform>
            <numerusform>%n labels of this report no longer match a sentence (the report text changed). They are kept in the annotation file, marked as orphaned, for example: “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sentence(s) were labelled differently in both; the newer label is kept and the other one is in %1</source>
        <translation>
            <numerusform>%n sentence was labelled differently in both; the newer label is kept and the other one is in %1</numerusform>
            <numerusform>%n sentences were labelled differently in both; the newer label is kept and the other one is in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionController</name>
    <message numerus="yes">
        <source>accept %n suggestions</source>
        <translation>
            <numerusform>accept %n suggestion</numerusform>
            <numerusform>accept %n suggestions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>accept %n suggestions in “%1”</source>
        <translation>
            <numerusform>accept %n suggestion in “%1”</numerusform>
            <numerusform>accept %n suggestions in “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaggingController</name>
    <message numerus="yes">
        <source>Copy %n sentence(s)</source>
        <translation>
            <numerusform>Copy %n sentence</numerusform>
            <numerusform>Copy %n sentences</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message numerus="yes">
        <source>clear %n labels</source>
        <translation>
            <numerusform>clear %n label</numerusform>
            <numerusform>clear %n labels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>accept %n suggestions “%1”</source>
        <translation>
            <numerusform>accept %n suggestion “%1”</numerusform>
            <numerusform>accept %n suggestions “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>label %n sentences “%1”</source>
        <translation>
            <numerusform>label %n sentence “%1”</numerusform>
            <numerusform>label %n sentences “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>import %n label(s)</source>
        <translation>
            <numerusform>import %n label</numerusform>
            <numerusform>import %n labels</numerusform>
        </translation>
    </message>
</context>
</TS>
