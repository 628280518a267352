<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <name>Colloquy::SegmentationRulesDialog</name>
        <message numerus="yes">
            <source>%n rule(s). Each applies to articles of its source and shape when they are imported; the review shows the rule that decided a segment.</source>
            <translation>
                <numerusform>%n rule. Each applies to articles of its source and shape when they are imported; the review shows the rule that decided a segment.</numerusform>
                <numerusform>%n rules. Each applies to articles of its source and shape when they are imported; the review shows the rule that decided a segment.</numerusform>
            </translation>
        </message>
    </context>
</TS>
