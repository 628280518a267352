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
</TS>
