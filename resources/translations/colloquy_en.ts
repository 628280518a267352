<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Colloquy::CodingStrip</name>
    <message numerus="yes">
        <source>%n claim(s) along the text</source>
        <translation>
            <numerusform>%n claim along the text</numerusform>
            <numerusform>%n claims along the text</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Colloquy::CompareDialog</name>
    <message numerus="yes">
        <source>%n voice(s), %1 claims</source>
        <translation>
            <numerusform>%n voice, %1 claims</numerusform>
            <numerusform>%n voices, %1 claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) on %1</source>
        <translation>
            <numerusform>%n claim on %1</numerusform>
            <numerusform>%n claims on %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Colloquy::ImportController</name>
    <message numerus="yes">
        <source>%1: %Ln element(s) nested deeper than %2 levels were flattened; their text is kept</source>
        <translation>
            <numerusform>%1: %Ln element nested deeper than %2 levels was flattened; its text is kept</numerusform>
            <numerusform>%1: %Ln elements nested deeper than %2 levels were flattened; their text is kept</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Colloquy::LibraryCommands</name>
    <message numerus="yes">
        <source>Its %Ln highlight(s), with their notes and themes, go with it to the Trash, which keeps them for 30 days. Edit → Undo brings them back.</source>
        <translation>
            <numerusform>Its %Ln highlight, with its note and themes, goes with it to the Trash, which keeps them for 30 days. Edit → Undo brings them back.</numerusform>
            <numerusform>Its %Ln highlights, with their notes and themes, go with it to the Trash, which keeps them for 30 days. Edit → Undo brings them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Colloquy::MainWindow</name>
    <message numerus="yes">
        <source>Imported %Ln article(s)</source>
        <translation>
            <numerusform>Imported %Ln article</numerusform>
            <numerusform>Imported %Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) failed</source>
        <translation>
            <numerusform>%Ln file failed</numerusform>
            <numerusform>%Ln files failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln speaker(s)</source>
        <translation>
            <numerusform>%Ln speaker</numerusform>
            <numerusform>%Ln speakers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Colloquy::OverviewChart</name>
    <message numerus="yes">
        <source>%1: %2% of the words (%3), %n claim(s) on %4 themes</source>
        <translation>
            <numerusform>%1: %2% of the words (%3), %n claim on %4 themes</numerusform>
            <numerusform>%1: %2% of the words (%3), %n claims on %4 themes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n claim</numerusform>
            <numerusform>%n claims</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Colloquy::SegmentationRulesDialog</name>
    <message numerus="yes">
        <source>%n rule(s). Each applies to articles of its source and shape when they are imported; the review shows the rule that decided a segment.</source>
        <translation>
            <numerusform>%n rule. Each applies to articles of its source and shape when they are imported; the review shows the rule that decided a segment.</numerusform>
            <numerusform>%n rules. Each applies to articles of its source and shape when they are imported; the review shows the rule that decided a segment.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Colloquy::ThemeBarChart</name>
    <message numerus="yes">
        <source>%1 — %2: %n claim(s)</source>
        <translation>
            <numerusform>%1 — %2: %n claim</numerusform>
            <numerusform>%1 — %2: %n claims</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Colloquy::ThemeMatrixModel</name>
    <message numerus="yes">
        <source>%1 on %2: %n claim(s)</source>
        <translation>
            <numerusform>%1 on %2: %n claim</numerusform>
            <numerusform>%1 on %2: %n claims</numerusform>
        </translation>
    </message>
</context>
</TS>
