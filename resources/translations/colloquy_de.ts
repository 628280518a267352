<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Colloquy::Actions</name>
    <message>
        <source>Inter-coder &amp;Agreement…</source>
        <translation>Intercoder-&amp;Übereinstimmung…</translation>
    </message>
    <message>
        <source>How consistently coders applied the themes: percent agreement and kappa</source>
        <translation>Wie einheitlich die Kodierer die Themen vergeben haben: prozentuale Übereinstimmung und Kappa</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>Gespräc&amp;h</translation>
    </message>
    <message>
        <source>Show the turns in reading order, each headed by its speaker</source>
        <translation>Die Beiträge in Lesereihenfolge zeigen, jeder mit seinem Sprecher als Überschrift</translation>
    </message>
    <message>
        <source>Compare &amp;Voices…</source>
        <translation>S&amp;timmen vergleichen…</translation>
    </message>
    <message>
        <source>Themes × speakers: who says what about each theme, and an overview of the speakers</source>
        <translation>Themen × Sprecher: wer was zu jedem Thema sagt, und eine Übersicht der Sprecher</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Import article files into the library</source>
        <translation>Artikeldateien in die Bibliothek importieren</translation>
    </message>
    <message>
        <source>&amp;Paste as New Article</source>
        <translation>Als neuen Artikel &amp;einfügen</translation>
    </message>
    <message>
        <source>Import the text on the clipboard as a new article</source>
        <translation>Den Text aus der Zwischenablage als neuen Artikel importieren</translation>
    </message>
    <message>
        <source>Annotated &amp;PDF…</source>
        <translation>Annotiertes &amp;PDF…</translation>
    </message>
    <message>
        <source>Export the article with its highlights, notes and themes as an annotated PDF</source>
        <translation>Den Artikel mit Markierungen, Notizen und Themen als annotiertes PDF exportieren</translation>
    </message>
    <message>
        <source>&amp;Markdown…</source>
        <translation>&amp;Markdown…</translation>
    </message>
    <message>
        <source>Export the article with its highlights, notes and themes as Markdown</source>
        <translation>Den Artikel mit Markierungen, Notizen und Themen als Markdown exportieren</translation>
    </message>
    <message>
        <source>&amp;HTML…</source>
        <translation>&amp;HTML…</translation>
    </message>
    <message>
        <source>Export the article with its highlights, notes and themes as one web page</source>
        <translation>Den Artikel mit Markierungen, Notizen und Themen als eine Webseite exportieren</translation>
    </message>
    <message>
        <source>&amp;CSV…</source>
        <translation>&amp;CSV…</translation>
    </message>
    <message>
        <source>Export the article&apos;s highlights as a spreadsheet, one row each</source>
        <translation>Die Markierungen des Artikels als Tabelle exportieren, eine Zeile je Markierung</translation>
    </message>
    <message>
        <source>&amp;Web Annotations (JSON-LD)…</source>
        <translation>&amp;Web-Annotationen (JSON-LD)…</translation>
    </message>
    <message>
        <source>Export the article&apos;s highlights as W3C Web Annotations other tools can read</source>
        <translation>Die Markierungen des Artikels als W3C-Web-Annotationen exportieren, die andere Programme lesen können</translation>
    </message>
    <message>
        <source>&amp;All Claims…</source>
        <translation>&amp;Alle Aussagen…</translation>
    </message>
    <message>
        <source>Export every claim of the library, grouped by theme, as Markdown or CSV</source>
        <translation>Alle Aussagen der Bibliothek nach Themen geordnet als Markdown oder CSV exportieren</translation>
    </message>
    <message>
        <source>&amp;REFI-QDA Project…</source>
        <translation>&amp;REFI-QDA-Projekt…</translation>
    </message>
    <message>
        <source>Export the library with its themes and claims for other qualitative analysis tools</source>
        <translation>Die Bibliothek mit Themen und Aussagen für andere Programme der qualitativen Analyse exportieren</translation>
    </message>
    <message>
        <source>Import &amp;REFI-QDA Project…</source>
        <translation>&amp;REFI-QDA-Projekt importieren…</translation>
    </message>
    <message>
        <source>Import texts, codes and codings from another qualitative analysis tool</source>
        <translation>Texte, Codes und Codierungen aus einem anderen Programm der qualitativen Analyse importieren</translation>
    </message>
    <message>
        <source>Re-&amp;import Edited Version…</source>
        <translation>Bearbeitete Fassung &amp;neu importieren…</translation>
    </message>
    <message>
        <source>Replace this article&apos;s text with an edited file, keeping its highlights</source>
        <translation>Den Text dieses Artikels durch eine bearbeitete Datei ersetzen und die Markierungen behalten</translation>
    </message>
    <message>
        <source>Import &amp;Web Annotations…</source>
        <translation>&amp;Web-Annotationen importieren…</translation>
    </message>
    <message>
        <source>Add the highlights of a W3C Web Annotation (JSON-LD) file to this article</source>
        <translation>Die Markierungen einer W3C-Web-Annotations-Datei (JSON-LD) zu diesem Artikel hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Side by Side</source>
        <translation>&amp;Nebeneinander</translation>
    </message>
    <message>
        <source>Show the speakers in columns</source>
        <translation>Die Sprecher in Spalten zeigen</translation>
    </message>
    <message>
        <source>S&amp;tacked</source>
        <translation>&amp;Untereinander</translation>
    </message>
    <message>
        <source>Show the speakers one above the other</source>
        <translation>Die Sprecher untereinander zeigen</translation>
    </message>
    <message>
        <source>&amp;One Speaker at a Time</source>
        <translation>&amp;Einzeln</translation>
    </message>
    <message>
        <source>Show one speaker, chosen from a list</source>
        <translation>Einen Sprecher zeigen, aus einer Liste gewählt</translation>
    </message>
    <message>
        <source>&amp;Next Speaker</source>
        <translation>Nä&amp;chster Sprecher</translation>
    </message>
    <message>
        <source>Move to the next speaker</source>
        <translation>Zum nächsten Sprecher wechseln</translation>
    </message>
    <message>
        <source>&amp;Previous Speaker</source>
        <translation>&amp;Vorheriger Sprecher</translation>
    </message>
    <message>
        <source>Move to the previous speaker</source>
        <translation>Zum vorherigen Sprecher wechseln</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Make the reading text larger</source>
        <translation>Den Lesetext vergrößern</translation>
    </message>
    <message>
        <source>Zoom O&amp;ut</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Make the reading text smaller</source>
        <translation>Den Lesetext verkleinern</translation>
    </message>
    <message>
        <source>Reset &amp;Zoom</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Show the reading text at its normal size</source>
        <translation>Den Lesetext in normaler Größe zeigen</translation>
    </message>
    <message>
        <source>&amp;Filter Library</source>
        <translation>Bibliothek &amp;filtern</translation>
    </message>
    <message>
        <source>Filter the library by title or speaker</source>
        <translation>Die Bibliothek nach Titel oder Sprecher filtern</translation>
    </message>
    <message>
        <source>&amp;Search Library…</source>
        <translation>Bibliothek &amp;durchsuchen…</translation>
    </message>
    <message>
        <source>Search the text and notes of every article</source>
        <translation>Text und Notizen aller Artikel durchsuchen</translation>
    </message>
    <message>
        <source>Search in &amp;Article…</source>
        <translation>Im &amp;Artikel suchen…</translation>
    </message>
    <message>
        <source>Search the text and notes of the article shown</source>
        <translation>Text und Notizen des gezeigten Artikels durchsuchen</translation>
    </message>
    <message>
        <source>Show &amp;Library</source>
        <translation>&amp;Bibliothek anzeigen</translation>
    </message>
    <message>
        <source>Show or hide the list of articles</source>
        <translation>Die Artikelliste zeigen oder ausblenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Highlight</source>
        <translation>&amp;Markieren</translation>
    </message>
    <message>
        <source>Highlight the selected text in the current colour</source>
        <translation>Den gewählten Text in der aktuellen Farbe markieren</translation>
    </message>
    <message>
        <source>Remo&amp;ve Highlight</source>
        <translation>Markierung &amp;löschen</translation>
    </message>
    <message>
        <source>Remove the highlight under the cursor</source>
        <translation>Die Markierung unter dem Cursor löschen</translation>
    </message>
    <message>
        <source>&amp;Tag with Theme…</source>
        <translation>Mit &amp;Thema versehen…</translation>
    </message>
    <message>
        <source>Tag the selection or the highlight under the cursor with themes</source>
        <translation>Die Auswahl oder die Markierung unter dem Cursor mit Themen versehen</translation>
    </message>
    <message>
        <source>&amp;Note…</source>
        <translation>&amp;Notiz…</translation>
    </message>
    <message>
        <source>Write a note on the selection or the highlight under the cursor</source>
        <translation>Eine Notiz zur Auswahl oder zur Markierung unter dem Cursor schreiben</translation>
    </message>
    <message>
        <source>Show &amp;Annotations</source>
        <translation>&amp;Annotationen anzeigen</translation>
    </message>
    <message>
        <source>Show or hide the list of this article&apos;s highlights</source>
        <translation>Die Liste der Markierungen dieses Artikels zeigen oder ausblenden</translation>
    </message>
    <message>
        <source>&amp;Codebook…</source>
        <translation>&amp;Codebuch…</translation>
    </message>
    <message>
        <source>Create, rename, recolour, move, merge and delete themes</source>
        <translation>Themen anlegen, umbenennen, umfärben, verschieben, zusammenführen und löschen</translation>
    </message>
    <message>
        <source>&amp;Review Segmentation…</source>
        <translation>Segmentierung &amp;prüfen…</translation>
    </message>
    <message>
        <source>Check and correct the speakers and boundaries found in this article</source>
        <translation>Die in diesem Artikel erkannten Sprecher und Grenzen prüfen und korrigieren</translation>
    </message>
    <message>
        <source>Spea&amp;kers Across Articles…</source>
        <translation>&amp;Sprecher über alle Artikel…</translation>
    </message>
    <message>
        <source>One profile per person across the library: rename, merge and split them</source>
        <translation>Ein Profil je Person in der ganzen Bibliothek: umbenennen, zusammenführen, aufteilen</translation>
    </message>
    <message>
        <source>Highlight in %1 from now on</source>
        <translation>Ab jetzt in %1 markieren</translation>
    </message>
    <message>
        <source>&amp;Configure Colloquy…</source>
        <translation>Colloquy &amp;einrichten…</translation>
    </message>
    <message>
        <source>Your name, the reading font, colours, language, layouts and library</source>
        <translation>Ihr Name, Leseschrift, Farben, Sprache, Layouts und Bibliothek</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;Tastenkürzel…</translation>
    </message>
    <message>
        <source>See every action&apos;s shortcut and change it</source>
        <translation>Die Tastenkürzel aller Aktionen sehen und ändern</translation>
    </message>
    <message>
        <source>&amp;About Colloquy</source>
        <translation>&amp;Über Colloquy</translation>
    </message>
    <message>
        <source>Export as Annotated PDF</source>
        <translation>Als annotiertes PDF exportieren</translation>
    </message>
    <message>
        <source>Export as Markdown</source>
        <translation>Als Markdown exportieren</translation>
    </message>
    <message>
        <source>Export as HTML</source>
        <translation>Als HTML exportieren</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>Export as Web Annotations</source>
        <translation>Als Web-Annotationen exportieren</translation>
    </message>
    <message>
        <source>Export All Claims</source>
        <translation>Alle Aussagen exportieren</translation>
    </message>
    <message>
        <source>Export as REFI-QDA Project</source>
        <translation>Als REFI-QDA-Projekt exportieren</translation>
    </message>
    <message>
        <source>Article &amp;Details…</source>
        <translation>Artikel&amp;details…</translation>
    </message>
    <message>
        <source>Edit this article&apos;s title, source, web address and publication date</source>
        <translation>Titel, Quelle, Webadresse und Erscheinungsdatum dieses Artikels bearbeiten</translation>
    </message>
    <message>
        <source>De&amp;lete Article…</source>
        <translation>Artikel &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete this article and its highlights from the library (Undo brings it back)</source>
        <translation>Diesen Artikel mit seinen Markierungen aus der Bibliothek löschen (Rückgängig holt ihn zurück)</translation>
    </message>
    <message>
        <source>Back &amp;Up Now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>Make a backup of the library now, beside the library file</source>
        <translation>Jetzt eine Sicherung der Bibliothek neben der Bibliotheksdatei anlegen</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>Sicherun&amp;gen…</translation>
    </message>
    <message>
        <source>List the library&apos;s backups and restore one</source>
        <translation>Die Sicherungen der Bibliothek anzeigen und eine wiederherstellen</translation>
    </message>
    <message>
        <source>Segmentation &amp;Rules…</source>
        <translation>Segmentierungs&amp;regeln…</translation>
    </message>
    <message>
        <source>The corrections remembered for later imports: see and remove them</source>
        <translation>Die für spätere Importe gemerkten Korrekturen ansehen und entfernen</translation>
    </message>
</context>
<context>
    <name>Colloquy::AgreementDialog</name>
    <message>
        <source>Inter-coder Agreement</source>
        <translation>Intercoder-Übereinstimmung</translation>
    </message>
    <message>
        <source>Current article</source>
        <translation>Aktueller Artikel</translation>
    </message>
    <message>
        <source>All articles the coders highlighted</source>
        <translation>Alle Artikel, die die Kodierer markiert haben</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation>Absätze</translation>
    </message>
    <message>
        <source>Overlapping passages</source>
        <translation>Überlappende Passagen</translation>
    </message>
    <message>
        <source>The share of a passage a coder must cover to count as coding it</source>
        <translation>Der Anteil einer Passage, den ein Kodierer abdecken muss, damit sie als von ihm kodiert gilt</translation>
    </message>
    <message>
        <source>&amp;Coders:</source>
        <translation>&amp;Kodierer:</translation>
    </message>
    <message>
        <source>&amp;Articles:</source>
        <translation>&amp;Artikel:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Einheit:</translation>
    </message>
    <message>
        <source>Minimum &amp;overlap:</source>
        <translation>Mindest&amp;überlappung:</translation>
    </message>
    <message>
        <source>Agreement needs two coders: this library has highlights by %1.</source>
        <translation>Für die Übereinstimmung braucht es zwei Kodierer: In dieser Bibliothek gibt es Markierungen von %1.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemandem</translation>
    </message>
    <message>
        <source>one author only</source>
        <translation>nur einer Person</translation>
    </message>
    <message>
        <source>Tick at least two coders to compare.</source>
        <translation>Wählen Sie mindestens zwei Kodierer zum Vergleichen.</translation>
    </message>
    <message>
        <source>No article is open: choose all articles, or open one.</source>
        <translation>Kein Artikel ist geöffnet: Wählen Sie alle Artikel oder öffnen Sie einen.</translation>
    </message>
    <message>
        <source>%1 on %2 of %3; %4.</source>
        <translation>%1 bei %2 aus %3; %4.</translation>
    </message>
    <message>
        <source>1 unit</source>
        <translation>1 Einheit</translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation>%1 Einheiten</translation>
    </message>
    <message>
        <source>1 article</source>
        <translation>1 Artikel</translation>
    </message>
    <message>
        <source>%1 articles</source>
        <translation>%1 Artikeln</translation>
    </message>
    <message>
        <source>1 disagreeing passage</source>
        <translation>1 abweichende Passage</translation>
    </message>
    <message>
        <source>%1 disagreeing passages</source>
        <translation>%1 abweichende Passagen</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <source>Coded by %1</source>
        <translation>Kodiert von %1</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Disagreeing passage</source>
        <translation>Abweichende Passage</translation>
    </message>
    <message>
        <source>%1&apos;s themes</source>
        <translation>Themen von %1</translation>
    </message>
</context>
<context>
    <name>Colloquy::AnnotationDelegate</name>
    <message>
        <source>orphaned</source>
        <translation>verwaist</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>ungefähr</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>verschoben</translation>
    </message>
</context>
<context>
    <name>Colloquy::AnnotationModel</name>
    <message>
        <source>Orphaned: text not found</source>
        <translation>Verwaist: Text nicht gefunden</translation>
    </message>
    <message>
        <source>Narration</source>
        <translation>Erzählung</translation>
    </message>
    <message>
        <source>Themes: %1</source>
        <translation>Themen: %1</translation>
    </message>
</context>
<context>
    <name>Colloquy::AnnotationSidebar</name>
    <message>
        <source>Annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <source>Re-attach &amp;Here</source>
        <translation>&amp;Hier neu verankern</translation>
    </message>
    <message>
        <source>Filter the highlights</source>
        <translation>Die Markierungen filtern</translation>
    </message>
    <message>
        <source>Filter quotes, notes and themes</source>
        <translation>Zitate, Notizen und Themen filtern</translation>
    </message>
    <message>
        <source>Show one speaker&apos;s highlights</source>
        <translation>Die Markierungen eines Sprechers zeigen</translation>
    </message>
    <message>
        <source>Show the claims of one theme and its sub-themes</source>
        <translation>Die Aussagen eines Themas und seiner Unterthemen zeigen</translation>
    </message>
    <message>
        <source>Show the highlights of one colour</source>
        <translation>Die Markierungen einer Farbe zeigen</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>Alle Farben</translation>
    </message>
    <message>
        <source>Highlights of this article</source>
        <translation>Markierungen dieses Artikels</translation>
    </message>
    <message>
        <source>Attach the orphaned highlight to the text selected in a speech</source>
        <translation>Die verwaiste Markierung an den in einer Rede gewählten Text heften</translation>
    </message>
    <message>
        <source>All speakers</source>
        <translation>Alle Sprecher</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Alle Themen</translation>
    </message>
    <message>
        <source>1 highlight</source>
        <translation>1 Markierung</translation>
    </message>
    <message>
        <source>%1 highlights</source>
        <translation>%1 Markierungen</translation>
    </message>
    <message>
        <source>%1 of %2 highlights</source>
        <translation>%1 von %2 Markierungen</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;Farbe</translation>
    </message>
</context>
<context>
    <name>Colloquy::ArticleDetailsDialog</name>
    <message>
        <source>&amp;Known:</source>
        <translation>&amp;Bekannt:</translation>
    </message>
    <message>
        <source>Article Details</source>
        <translation>Artikeldetails</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>The newspaper, site or programme</source>
        <translation>Die Zeitung, Website oder Sendung</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation>Erscheinungsdatum</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation>&amp;Webadresse:</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>&amp;Erschienen:</translation>
    </message>
</context>
<context>
    <name>Colloquy::ArticleView</name>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>No article open</source>
        <translation>Kein Artikel geöffnet</translation>
    </message>
    <message>
        <source>Choose an article in the library, open a file with File → Open…, or drop text files here.</source>
        <translation>Wählen Sie einen Artikel in der Bibliothek, öffnen Sie eine Datei mit Datei → Öffnen… oder ziehen Sie Textdateien hierher.</translation>
    </message>
    <message>
        <source>Article title</source>
        <translation>Artikeltitel</translation>
    </message>
    <message>
        <source>Captions and details</source>
        <translation>Bildunterschriften und Angaben</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <source>Narration</source>
        <translation>Erzählung</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Einleitung</translation>
    </message>
    <message>
        <source>Speaker panes</source>
        <translation>Sprecherspalten</translation>
    </message>
    <message>
        <source>Speaker shown</source>
        <translation>Gezeigter Sprecher</translation>
    </message>
</context>
<context>
    <name>Colloquy::AttributePanel</name>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD)</source>
        <translation>Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <source>Attributes of the selected person</source>
        <translation>Merkmale der gewählten Person</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Merkmal</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Suggested by the bios</source>
        <translation>Von den Kurzbiografien vorgeschlagen</translation>
    </message>
    <message>
        <source>The bios suggest nothing new.</source>
        <translation>Die Kurzbiografien schlagen nichts Neues vor.</translation>
    </message>
    <message>
        <source>&amp;Accept Ticked</source>
        <translation>Angehakte &amp;übernehmen</translation>
    </message>
    <message>
        <source>&amp;Add Attribute…</source>
        <translation>Merkmal &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>Clear &amp;Value</source>
        <translation>&amp;Wert löschen</translation>
    </message>
    <message>
        <source>Attributes (choose a person)</source>
        <translation>Merkmale (eine Person wählen)</translation>
    </message>
    <message>
        <source>Cleared %1</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>%1 auf %2 gesetzt</translation>
    </message>
    <message>
        <source>Add Attribute</source>
        <translation>Merkmal hinzufügen</translation>
    </message>
    <message>
        <source>Name of the attribute (for example country or role):</source>
        <translation>Name des Merkmals (zum Beispiel Land oder Rolle):</translation>
    </message>
    <message>
        <source>Kind of value of %1:</source>
        <translation>Art des Werts von %1:</translation>
    </message>
    <message>
        <source>Added the attribute %1</source>
        <translation>Merkmal %1 hinzugefügt</translation>
    </message>
    <message>
        <source>From the bio: %1</source>
        <translation>Aus der Kurzbiografie: %1</translation>
    </message>
    <message>
        <source>Accepted %1</source>
        <translation>Übernommen: %1</translation>
    </message>
</context>
<context>
    <name>Colloquy::BackupController</name>
    <message>
        <source>Backing up the library…</source>
        <translation>Die Bibliothek wird gesichert…</translation>
    </message>
    <message>
        <source>Backed up the library to %1</source>
        <translation>Die Bibliothek wurde in %1 gesichert</translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>The library was not backed up: %1</source>
        <translation>Die Bibliothek wurde nicht gesichert: %1</translation>
    </message>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation>Die automatische Sicherung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Restored the backup.</source>
        <translation>Die Sicherung wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>Restored the backup; the library it replaced is kept as %1</source>
        <translation>Die Sicherung wurde wiederhergestellt; die ersetzte Bibliothek bleibt als %1 erhalten</translation>
    </message>
</context>
<context>
    <name>Colloquy::BackupsDialog</name>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Replace the library with this backup; the library it replaces is kept beside it</source>
        <translation>Die Bibliothek durch diese Sicherung ersetzen; die ersetzte Bibliothek bleibt daneben erhalten</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>There are no backups of this library yet. They are kept in %1.</source>
        <translation>Von dieser Bibliothek gibt es noch keine Sicherungen. Sie werden in %1 abgelegt.</translation>
    </message>
    <message>
        <source>Backups kept in %1, newest first. Restoring one keeps the library it replaces beside it, so a restore can be undone by restoring that file.</source>
        <translation>Sicherungen in %1, die neueste zuerst. Beim Wiederherstellen bleibt die ersetzte Bibliothek daneben erhalten; wer diese Datei wiederherstellt, macht die Wiederherstellung rückgängig.</translation>
    </message>
</context>
<context>
    <name>Colloquy::CodebookDialog</name>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;Farbe</translation>
    </message>
    <message>
        <source>&amp;Move To</source>
        <translation>&amp;Verschieben nach</translation>
    </message>
    <message>
        <source>Mer&amp;ge Into</source>
        <translation>&amp;Zusammenführen mit</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>Codebuch</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Aussagen</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>What this theme covers</source>
        <translation>Worum es in diesem Thema geht</translation>
    </message>
    <message>
        <source>C&amp;laims:</source>
        <translation>&amp;Aussagen:</translation>
    </message>
    <message>
        <source>Claims of the current theme</source>
        <translation>Aussagen des aktuellen Themas</translation>
    </message>
    <message>
        <source>&amp;New Theme</source>
        <translation>&amp;Neues Thema</translation>
    </message>
    <message>
        <source>New &amp;Sub-theme</source>
        <translation>Neues &amp;Unterthema</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Recoloured the theme</source>
        <translation>Das Thema wurde umgefärbt</translation>
    </message>
    <message>
        <source>Saved the description</source>
        <translation>Die Beschreibung wurde gespeichert</translation>
    </message>
    <message>
        <source>Narration</source>
        <translation>Erzählung</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: „%2“</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Neues Thema</translation>
    </message>
    <message>
        <source>New theme %1</source>
        <translation>Neues Thema %1</translation>
    </message>
    <message>
        <source>Created a theme: type its name</source>
        <translation>Ein Thema wurde angelegt: Geben Sie seinen Namen ein</translation>
    </message>
    <message>
        <source>Delete Theme</source>
        <translation>Thema löschen</translation>
    </message>
    <message>
        <source>Delete the theme “%1”? 1 claim is tagged with it and will lose the tag.</source>
        <translation>Das Thema „%1“ löschen? 1 Aussage trägt es und verliert das Thema.</translation>
    </message>
    <message>
        <source>Delete the theme “%1”? %2 claims are tagged with it and will lose the tag.</source>
        <translation>Das Thema „%1“ löschen? %2 Aussagen tragen es und verlieren das Thema.</translation>
    </message>
    <message>
        <source>Its sub-themes move up one level. Undo (Ctrl+Z) brings everything back.</source>
        <translation>Seine Unterthemen rücken eine Ebene auf. Rückgängig (Strg+Z) stellt alles wieder her.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Deleted the theme</source>
        <translation>Das Thema wurde gelöscht</translation>
    </message>
    <message>
        <source>Top Level</source>
        <translation>Oberste Ebene</translation>
    </message>
    <message>
        <source>Moved the theme</source>
        <translation>Das Thema wurde verschoben</translation>
    </message>
    <message>
        <source>Merged the themes</source>
        <translation>Die Themen wurden zusammengeführt</translation>
    </message>
    <message>
        <source>Renamed the theme</source>
        <translation>Das Thema wurde umbenannt</translation>
    </message>
</context>
<context>
    <name>Colloquy::CodingStrip</name>
    <message>
        <source>Coding strip</source>
        <translation>Kodierleiste</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) along the text</source>
        <translation>
            <numerusform>%n Aussage im Text</numerusform>
            <numerusform>%n Aussagen im Text</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: „%2“</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Aussage</translation>
    </message>
</context>
<context>
    <name>Colloquy::CompareDialog</name>
    <message>
        <source>Side &amp;by Side</source>
        <translation>&amp;Nebeneinander</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Filter value</source>
        <translation>Filterwert</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>%1 is</source>
        <translation>%1 ist</translation>
    </message>
    <message>
        <source>Compare Voices</source>
        <translation>Stimmen vergleichen</translation>
    </message>
    <message>
        <source>This article</source>
        <translation>Dieser Artikel</translation>
    </message>
    <message>
        <source>Whole library</source>
        <translation>Ganze Bibliothek</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Aussagen</translation>
    </message>
    <message>
        <source>Share of the voice&apos;s claims</source>
        <translation>Anteil an den Aussagen der Stimme</translation>
    </message>
    <message>
        <source>Claims per 1,000 words</source>
        <translation>Aussagen je 1.000 Wörter</translation>
    </message>
    <message>
        <source>&amp;Compare:</source>
        <translation>&amp;Vergleichen:</translation>
    </message>
    <message>
        <source>C&amp;olumns:</source>
        <translation>&amp;Spalten:</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>&amp;Matrix</source>
        <translation>&amp;Matrix</translation>
    </message>
    <message>
        <source>C&amp;hart</source>
        <translation>&amp;Diagramm</translation>
    </message>
    <message>
        <source>S&amp;peakers</source>
        <translation>S&amp;precher</translation>
    </message>
    <message>
        <source>Export CS&amp;V…</source>
        <translation>Als CS&amp;V exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;Picture…</source>
        <translation>Als &amp;Bild exportieren…</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Enter or double-click opens the article at the claim</source>
        <translation>Eingabetaste oder Doppelklick öffnet den Artikel an der Aussage</translation>
    </message>
    <message>
        <source>Export Matrix as CSV</source>
        <translation>Matrix als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export Matrix as Picture</source>
        <translation>Matrix als Bild exportieren</translation>
    </message>
    <message>
        <source>Export P&amp;icture…</source>
        <translation>Als B&amp;ild exportieren…</translation>
    </message>
    <message>
        <source>Export Chart as Picture</source>
        <translation>Diagramm als Bild exportieren</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>First turn</source>
        <translation>Erster Beitrag</translation>
    </message>
    <message>
        <source>Last turn</source>
        <translation>Letzter Beitrag</translation>
    </message>
    <message>
        <source>Bars: share of the words, and claims</source>
        <translation>Balken: Anteil an den Wörtern und Aussagen</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <source>People across articles</source>
        <translation>Personen über Artikel hinweg</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Nach %1</translation>
    </message>
    <message numerus="yes">
        <source>%n voice(s), %1 claims</source>
        <translation>
            <numerusform>%n Stimme, %1 Aussagen</numerusform>
            <numerusform>%n Stimmen, %1 Aussagen</numerusform>
        </translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation>(kein Wert)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) on %1</source>
        <translation>
            <numerusform>%n Aussage zu %1</numerusform>
            <numerusform>%n Aussagen zu %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported the matrix to %1</source>
        <translation>Die Matrix wurde nach %1 exportiert</translation>
    </message>
    <message>
        <source>Exported the chart to %1</source>
        <translation>Das Diagramm wurde nach %1 exportiert</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
</context>
<context>
    <name>Colloquy::CompareView</name>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
</context>
<context>
    <name>Colloquy::ConversationView</name>
    <message>
        <source>Conversation</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>Speakers shown</source>
        <translation>Gezeigte Sprecher</translation>
    </message>
    <message>
        <source>Choose the speakers to follow; the others are dimmed or hidden</source>
        <translation>Wählen Sie die Sprecher, denen Sie folgen wollen; die anderen werden abgeblendet oder ausgeblendet</translation>
    </message>
    <message>
        <source>Other speakers</source>
        <translation>Andere Sprecher</translation>
    </message>
    <message>
        <source>Dim the others</source>
        <translation>Andere abblenden</translation>
    </message>
    <message>
        <source>Hide the others</source>
        <translation>Andere ausblenden</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>Ver&amp;gleichen</translation>
    </message>
    <message>
        <source>Show the chosen speakers&apos; answers side by side, row by row with the questions</source>
        <translation>Die Antworten der gewählten Sprecher nebeneinander zeigen, Zeile für Zeile mit den Fragen</translation>
    </message>
    <message>
        <source>&amp;All Speakers</source>
        <translation>&amp;Alle Sprecher</translation>
    </message>
    <message>
        <source>%1 (1 turn)</source>
        <translation>%1 (1 Beitrag)</translation>
    </message>
    <message>
        <source>%1 (%2 turns)</source>
        <translation>%1 (%2 Beiträge)</translation>
    </message>
    <message>
        <source>All speakers</source>
        <translation>Alle Sprecher</translation>
    </message>
    <message>
        <source>%1 speakers</source>
        <translation>%1 Sprecher</translation>
    </message>
</context>
<context>
    <name>Colloquy::EditorNoteBand</name>
    <message>
        <source>Editor&apos;s note</source>
        <translation>Anmerkung der Redaktion</translation>
    </message>
    <message>
        <source>Editor&apos;s note text</source>
        <translation>Text der Anmerkung der Redaktion</translation>
    </message>
    <message>
        <source>Editor&apos;s Note</source>
        <translation>Anmerkung der Redaktion</translation>
    </message>
    <message>
        <source>Fold the editor&apos;s note</source>
        <translation>Die Anmerkung der Redaktion einklappen</translation>
    </message>
    <message>
        <source>Unfold the editor&apos;s note</source>
        <translation>Die Anmerkung der Redaktion ausklappen</translation>
    </message>
</context>
<context>
    <name>Colloquy::HighlightController</name>
    <message>
        <source>Highlighting in %1</source>
        <translation>Markieren in %1</translation>
    </message>
    <message>
        <source>Select some text in a speech to highlight it</source>
        <translation>Wählen Sie Text in einer Rede, um ihn zu markieren</translation>
    </message>
    <message>
        <source>This highlight lost its place in the text: select where it belongs and choose Re-attach Here</source>
        <translation>Diese Markierung hat ihre Stelle im Text verloren: Wählen Sie, wo sie hingehört, und dann „Hier neu verankern“</translation>
    </message>
    <message>
        <source>Select the text to re-attach the highlight to, then choose Re-attach Here</source>
        <translation>Wählen Sie den Text, an den die Markierung geheftet werden soll, dann „Hier neu verankern“</translation>
    </message>
    <message>
        <source>A highlight stays within one turn: select text of a single turn</source>
        <translation>Eine Markierung bleibt in einem Redebeitrag: Wählen Sie Text aus nur einem Beitrag</translation>
    </message>
    <message>
        <source>Cannot re-attach the highlight: %1</source>
        <translation>Die Markierung kann nicht neu verankert werden: %1</translation>
    </message>
    <message>
        <source>Re-attached the highlight</source>
        <translation>Die Markierung wurde neu verankert</translation>
    </message>
    <message>
        <source>Select some text or put the cursor on a highlight</source>
        <translation>Wählen Sie Text oder setzen Sie den Cursor auf eine Markierung</translation>
    </message>
    <message>
        <source>There is no highlight at the cursor</source>
        <translation>Am Cursor ist keine Markierung</translation>
    </message>
    <message>
        <source>Cannot remove the highlight: %1</source>
        <translation>Die Markierung kann nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Removed the highlight</source>
        <translation>Die Markierung wurde gelöscht</translation>
    </message>
    <message>
        <source>Select some words to highlight</source>
        <translation>Wählen Sie Wörter zum Markieren</translation>
    </message>
    <message>
        <source>Cannot highlight: %1</source>
        <translation>Markieren nicht möglich: %1</translation>
    </message>
    <message>
        <source>Highlighted in %1</source>
        <translation>In %1 markiert</translation>
    </message>
    <message>
        <source>&amp;Highlight</source>
        <translation>&amp;Markieren</translation>
    </message>
    <message>
        <source>Highlight &amp;in</source>
        <translation>Markieren &amp;in</translation>
    </message>
    <message>
        <source>Highlight and Add &amp;Note…</source>
        <translation>Markieren und &amp;Notiz hinzufügen…</translation>
    </message>
    <message>
        <source>Highlight and &amp;Tag…</source>
        <translation>Markieren und mit &amp;Thema versehen…</translation>
    </message>
    <message>
        <source>Edit &amp;Note…</source>
        <translation>&amp;Notiz bearbeiten…</translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation>&amp;Notiz hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Tag with Themes…</source>
        <translation>Mit &amp;Themen versehen…</translation>
    </message>
    <message>
        <source>&amp;Remove Highlight</source>
        <translation>Markierung &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;Farbe</translation>
    </message>
    <message>
        <source>Cannot change the colour: %1</source>
        <translation>Die Farbe kann nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>The highlight is now %1</source>
        <translation>Die Markierung ist jetzt %1</translation>
    </message>
</context>
<context>
    <name>Colloquy::ImportController</name>
    <message>
        <source>Importing articles…</source>
        <translation>Artikel werden importiert…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Zwischenablage</translation>
    </message>
    <message>
        <source>The clipboard holds no text to import.</source>
        <translation>Die Zwischenablage enthält keinen Text zum Importieren.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln element(s) nested deeper than %2 levels were flattened; their text is kept</source>
        <translation>
            <numerusform>%1: %Ln Element, tiefer als %2 Ebenen verschachtelt, wurde eingeebnet; sein Text bleibt erhalten</numerusform>
            <numerusform>%1: %Ln Elemente, tiefer als %2 Ebenen verschachtelt, wurden eingeebnet; ihr Text bleibt erhalten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Colloquy::LibraryCommands</name>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Delete Article</source>
        <translation>Artikel löschen</translation>
    </message>
    <message>
        <source>Move “%1” to the Trash?</source>
        <translation>„%1“ in den Papierkorb verschieben?</translation>
    </message>
    <message>
        <source>It has no highlights. The Trash keeps it for 30 days; Edit → Undo brings it back.</source>
        <translation>Er hat keine Markierungen. Der Papierkorb behält ihn 30 Tage; Bearbeiten → Rückgängig holt ihn zurück.</translation>
    </message>
    <message numerus="yes">
        <source>Its %Ln highlight(s), with their notes and themes, go with it to the Trash, which keeps them for 30 days. Edit → Undo brings them back.</source>
        <translation>
            <numerusform>Seine %Ln Markierung geht mit Notizen und Themen mit in den Papierkorb, der sie 30 Tage behält. Bearbeiten → Rückgängig holt sie zurück.</numerusform>
            <numerusform>Seine %Ln Markierungen gehen mit Notizen und Themen mit in den Papierkorb, der sie 30 Tage behält. Bearbeiten → Rückgängig holt sie zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>New Collection</source>
        <translation>Neue Sammlung</translation>
    </message>
    <message>
        <source>Name of the collection:</source>
        <translation>Name der Sammlung:</translation>
    </message>
    <message>
        <source>Rename Collection</source>
        <translation>Sammlung umbenennen</translation>
    </message>
    <message>
        <source>New name of the collection:</source>
        <translation>Neuer Name der Sammlung:</translation>
    </message>
    <message>
        <source>&amp;New Collection…</source>
        <translation>&amp;Neue Sammlung…</translation>
    </message>
    <message>
        <source>Edit &amp;Details…</source>
        <translation>&amp;Details bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Collections</source>
        <translation>&amp;Sammlungen</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
</context>
<context>
    <name>Colloquy::LibraryDelegate</name>
    <message>
        <source>No speakers recognised</source>
        <translation>Keine Sprecher erkannt</translation>
    </message>
    <message>
        <source>Imported today, %1</source>
        <translation>Heute importiert, %1</translation>
    </message>
    <message>
        <source>Imported yesterday, %1</source>
        <translation>Gestern importiert, %1</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>Importiert am %1</translation>
    </message>
</context>
<context>
    <name>Colloquy::LibraryModel</name>
    <message>
        <source>Imported %1</source>
        <translation>Importiert am %1</translation>
    </message>
    <message>
        <source>No speakers recognised</source>
        <translation>Keine Sprecher erkannt</translation>
    </message>
    <message>
        <source>Speakers: %1</source>
        <translation>Sprecher: %1</translation>
    </message>
    <message>
        <source>Published %1</source>
        <translation>Erschienen %1</translation>
    </message>
</context>
<context>
    <name>Colloquy::LibraryPanel</name>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Filter by title or speaker…</source>
        <translation>Nach Titel oder Sprecher filtern…</translation>
    </message>
    <message>
        <source>Filter the library</source>
        <translation>Die Bibliothek filtern</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>The library is empty. Open an article with File → Open… or drop files here.</source>
        <translation>Die Bibliothek ist leer. Öffnen Sie einen Artikel mit Datei → Öffnen… oder ziehen Sie Dateien hierher.</translation>
    </message>
    <message>
        <source>No article matches “%1”.</source>
        <translation>Kein Artikel passt zu „%1“.</translation>
    </message>
    <message>
        <source>Show the collection</source>
        <translation>Die Sammlung zeigen</translation>
    </message>
    <message>
        <source>Manage collections</source>
        <translation>Sammlungen verwalten</translation>
    </message>
    <message>
        <source>Order of the articles</source>
        <translation>Reihenfolge der Artikel</translation>
    </message>
    <message>
        <source>Order: %1</source>
        <translation>Reihenfolge: %1</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <source>By title</source>
        <translation>Nach Titel</translation>
    </message>
    <message>
        <source>By date published</source>
        <translation>Nach Erscheinungsdatum</translation>
    </message>
    <message>
        <source>Most speakers first</source>
        <translation>Meiste Sprecher zuerst</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Alle Artikel</translation>
    </message>
    <message>
        <source>&amp;New Collection…</source>
        <translation>&amp;Neue Sammlung…</translation>
    </message>
    <message>
        <source>&amp;Rename Collection…</source>
        <translation>Sammlung &amp;umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Delete Collection</source>
        <translation>Sammlung &amp;löschen</translation>
    </message>
    <message>
        <source>Its articles stay in the library</source>
        <translation>Ihre Artikel bleiben in der Bibliothek</translation>
    </message>
</context>
<context>
    <name>Colloquy::MainWindow</name>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Highlight Co&amp;lour</source>
        <translation>Markierungs&amp;farbe</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Highlight the selection in %1 (%2)</source>
        <translation>Die Auswahl in %1 markieren (%2)</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln article(s)</source>
        <translation>
            <numerusform>%Ln Artikel importiert</numerusform>
            <numerusform>%Ln Artikel importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>This article is already in the library</source>
        <translation>Dieser Artikel ist schon in der Bibliothek</translation>
    </message>
    <message>
        <source>These %1 articles are already in the library</source>
        <translation>Diese %1 Artikel sind schon in der Bibliothek</translation>
    </message>
    <message>
        <source>%1 already in the library</source>
        <translation>%1 schon in der Bibliothek</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) failed</source>
        <translation>
            <numerusform>%Ln Datei fehlgeschlagen</numerusform>
            <numerusform>%Ln Dateien fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>This file could not be imported:</source>
        <translation>Diese Datei konnte nicht importiert werden:</translation>
    </message>
    <message>
        <source>These files could not be imported:</source>
        <translation>Diese Dateien konnten nicht importiert werden:</translation>
    </message>
    <message>
        <source>The sample article is missing from this build</source>
        <translation>Der Beispielartikel fehlt in dieser Version</translation>
    </message>
    <message>
        <source>Cannot read the sample article: %1</source>
        <translation>Der Beispielartikel kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot store the sample article: %1</source>
        <translation>Der Beispielartikel kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Added a sample article to the library</source>
        <translation>Ein Beispielartikel wurde der Bibliothek hinzugefügt</translation>
    </message>
    <message numerus="yes">
        <source>%Ln speaker(s)</source>
        <translation>
            <numerusform>%Ln Sprecher</numerusform>
            <numerusform>%Ln Sprecher</numerusform>
        </translation>
    </message>
    <message>
        <source>Text size %1 pt</source>
        <translation>Textgröße %1 pt</translation>
    </message>
    <message>
        <source>About Colloquy</source>
        <translation>Über Colloquy</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Colloquy %1&lt;/h3&gt;&lt;p&gt;A reader for articles with many voices: roundtables, interviews and debates, shown with one pane per speaker.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Colloquy %1&lt;/h3&gt;&lt;p&gt;Ein Leseprogramm für Artikel mit vielen Stimmen: Gesprächsrunden, Interviews und Debatten, mit einer Spalte je Sprecher.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The match is in the captions under the title</source>
        <translation>Der Treffer steht in den Bildunterschriften unter dem Titel</translation>
    </message>
    <message>
        <source>Open Articles</source>
        <translation>Artikel öffnen</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Open Rece&amp;nt</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Read-Only Library</source>
        <translation>Schreibgeschützte Bibliothek</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>This library is damaged: %1. It is open read-only, so nothing more is written into it; you can read, search and export what still reads.</source>
        <translation>Diese Bibliothek ist beschädigt: %1. Sie ist schreibgeschützt geöffnet, damit nichts mehr hineingeschrieben wird; Sie können lesen, suchen und exportieren, was noch lesbar ist.</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>This library is read-only because %1. You can read, search and export, but edits are refused.</source>
        <translation>Diese Bibliothek ist schreibgeschützt, weil %1. Sie können lesen, suchen und exportieren, aber Änderungen werden abgelehnt.</translation>
    </message>
</context>
<context>
    <name>Colloquy::NoteEditor</name>
    <message>
        <source>Write a note in Markdown; it is saved as you type</source>
        <translation>Schreiben Sie eine Notiz in Markdown; sie wird beim Tippen gespeichert</translation>
    </message>
    <message>
        <source>Saved as you type · Esc: close</source>
        <translation>Wird beim Tippen gespeichert · Esc: schließen</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: „%2“</translation>
    </message>
    <message>
        <source>Cannot save the note: %1</source>
        <translation>Die Notiz kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Note saved</source>
        <translation>Notiz gespeichert</translation>
    </message>
</context>
<context>
    <name>Colloquy::OverviewChart</name>
    <message numerus="yes">
        <source>%1: %2% of the words (%3), %n claim(s) on %4 themes</source>
        <translation>
            <numerusform>%1: %2 % der Wörter (%3), %n Aussage zu %4 Themen</numerusform>
            <numerusform>%1: %2 % der Wörter (%3), %n Aussagen zu %4 Themen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n Aussage</numerusform>
            <numerusform>%n Aussagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Colloquy::PreferencesDialog</name>
    <message>
        <source>&amp;Roundtables:</source>
        <translation>&amp;Gesprächsrunden:</translation>
    </message>
    <message>
        <source>&amp;Interviews:</source>
        <translation>&amp;Interviews:</translation>
    </message>
    <message>
        <source>&amp;Briefings:</source>
        <translation>&amp;Pressebriefings:</translation>
    </message>
    <message>
        <source>&amp;Transcripts:</source>
        <translation>&amp;Protokolle:</translation>
    </message>
    <message>
        <source>Configure Colloquy</source>
        <translation>Colloquy einrichten</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Library and Annotations</source>
        <translation>Bibliothek und Annotationen</translation>
    </message>
    <message>
        <source>Reading font</source>
        <translation>Leseschrift</translation>
    </message>
    <message>
        <source>Reading size</source>
        <translation>Lesegröße</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Reading &amp;font:</source>
        <translation>Lese&amp;schrift:</translation>
    </message>
    <message>
        <source>Reading &amp;size:</source>
        <translation>Lese&amp;größe:</translation>
    </message>
    <message>
        <source>As the desktop</source>
        <translation>Wie die Arbeitsumgebung</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Farben:</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <source>A new language shows from the next start.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Layout of new articles</source>
        <translation>Layout neuer Artikel</translation>
    </message>
    <message>
        <source>Chosen by Colloquy</source>
        <translation>Von Colloquy gewählt</translation>
    </message>
    <message>
        <source>An article you have already arranged keeps its own layout.</source>
        <translation>Ein Artikel, den Sie schon angeordnet haben, behält sein Layout.</translation>
    </message>
    <message>
        <source>Library file</source>
        <translation>Bibliotheksdatei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <source>Signs the highlights and notes you make from now on, and so the exports. Left empty, your account&apos;s name is used.</source>
        <translation>Unterzeichnet die Markierungen und Notizen, die Sie ab jetzt anlegen, und damit die Exporte. Leer bleibt der Name Ihres Benutzerkontos.</translation>
    </message>
    <message>
        <source>Library &amp;file:</source>
        <translation>Bibliotheks&amp;datei:</translation>
    </message>
    <message>
        <source>Colloquy opens this library from the next start. A file that does not exist yet becomes a new, empty library.</source>
        <translation>Colloquy öffnet diese Bibliothek ab dem nächsten Start. Eine Datei, die es noch nicht gibt, wird eine neue, leere Bibliothek.</translation>
    </message>
    <message>
        <source>Library File</source>
        <translation>Bibliotheksdatei</translation>
    </message>
    <message>
        <source>Colloquy libraries (*.sqlite);;All files (*)</source>
        <translation>Colloquy-Bibliotheken (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>&amp;Back up the library automatically while you edit</source>
        <translation>Die Bibliothek beim Bearbeiten automatisch &amp;sichern</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>At most &amp;one every:</source>
        <translation>Höchstens &amp;eine alle:</translation>
    </message>
    <message>
        <source>Keep the newest of the last &amp;days:</source>
        <translation>Die neueste der letzten &amp;Tage behalten:</translation>
    </message>
    <message>
        <source>…and of the last &amp;weeks:</source>
        <translation>…und der letzten &amp;Wochen:</translation>
    </message>
    <message>
        <source>Backups are kept in a folder beside the library file, named after it with “.backups”. File → Backups… lists and restores them.</source>
        <translation>Sicherungen liegen in einem Ordner neben der Bibliotheksdatei, benannt nach ihr mit „.backups“. Datei → Sicherungen… listet sie auf und stellt sie wieder her.</translation>
    </message>
</context>
<context>
    <name>Colloquy::SearchDelegate</name>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>Artikel ohne Titel</translation>
    </message>
</context>
<context>
    <name>Colloquy::SearchModel</name>
    <message>
        <source>Untitled article</source>
        <translation>Artikel ohne Titel</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Note (%1): %2</source>
        <translation>Notiz (%1): %2</translation>
    </message>
    <message>
        <source>Text (%1): %2</source>
        <translation>Text (%1): %2</translation>
    </message>
</context>
<context>
    <name>Colloquy::SearchPanel</name>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>All words must occur; &quot;quotes&quot; keep a phrase, a trailing * matches a prefix</source>
        <translation>Alle Wörter müssen vorkommen; &quot;Anführungszeichen&quot; halten eine Wortgruppe zusammen, ein * am Ende sucht einen Wortanfang</translation>
    </message>
    <message>
        <source>Search in</source>
        <translation>Suchen in</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>This article</source>
        <translation>Diesem Artikel</translation>
    </message>
    <message>
        <source>Only what this speaker said</source>
        <translation>Nur was dieser Sprecher sagte</translation>
    </message>
    <message>
        <source>All speakers</source>
        <translation>Alle Sprecher</translation>
    </message>
    <message>
        <source>Only within claims of this theme</source>
        <translation>Nur in Aussagen dieses Themas</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Alle Themen</translation>
    </message>
    <message>
        <source>Only within highlights of this colour</source>
        <translation>Nur in Markierungen dieser Farbe</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>Alle Farben</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>No article is open</source>
        <translation>Kein Artikel ist geöffnet</translation>
    </message>
    <message>
        <source>Cannot search: %1</source>
        <translation>Suchen nicht möglich: %1</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>Keine Ergebnisse</translation>
    </message>
    <message>
        <source>The best %1 results</source>
        <translation>Die besten %1 Ergebnisse</translation>
    </message>
    <message>
        <source>1 result</source>
        <translation>1 Ergebnis</translation>
    </message>
    <message>
        <source>%1 results</source>
        <translation>%1 Ergebnisse</translation>
    </message>
    <message>
        <source>Search this article</source>
        <translation>Diesen Artikel durchsuchen</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Die Bibliothek durchsuchen</translation>
    </message>
</context>
<context>
    <name>Colloquy::SegmentationReviewDialog</name>
    <message>
        <source>Caption</source>
        <translation>Bildunterschrift</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>Editor&apos;s note</source>
        <translation>Anmerkung der Redaktion</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>Rede</translation>
    </message>
    <message>
        <source>Narration</source>
        <translation>Erzählung</translation>
    </message>
    <message>
        <source>Review Segmentation</source>
        <translation>Segmentierung prüfen</translation>
    </message>
    <message>
        <source>Split at Cursor</source>
        <translation>Am Cursor teilen</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Teilen</translation>
    </message>
    <message>
        <source>Merge with Previous</source>
        <translation>Mit vorherigem zusammenführen</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Assign Speaker…</source>
        <translation>Sprecher zuweisen…</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>Zuweisen…</translation>
    </message>
    <message>
        <source>Rename Speaker…</source>
        <translation>Sprecher umbenennen…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Edit Bio…</source>
        <translation>Kurzbiografie bearbeiten…</translation>
    </message>
    <message>
        <source>Bio…</source>
        <translation>Biografie…</translation>
    </message>
    <message>
        <source>Mark as %1</source>
        <translation>Als %1 kennzeichnen</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Text of the segment</source>
        <translation>Text des Segments</translation>
    </message>
    <message>
        <source>Review Segmentation — %1</source>
        <translation>Segmentierung prüfen – %1</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>von Hand gesetzt</translation>
    </message>
    <message>
        <source>%1, %2%</source>
        <translation>%1, %2 %</translation>
    </message>
    <message>
        <source>Low confidence: check this boundary</source>
        <translation>Geringe Sicherheit: Prüfen Sie diese Grenze</translation>
    </message>
    <message>
        <source>%1 segments, %2 with low confidence</source>
        <translation>%1 Segmente, %2 mit geringer Sicherheit</translation>
    </message>
    <message>
        <source>New Speaker…</source>
        <translation>Neuer Sprecher…</translation>
    </message>
    <message>
        <source>New Speaker</source>
        <translation>Neuer Sprecher</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Bio:</source>
        <translation>&amp;Kurzbiografie:</translation>
    </message>
    <message>
        <source>Rename Speaker</source>
        <translation>Sprecher umbenennen</translation>
    </message>
    <message>
        <source>New name for %1 in all turns:</source>
        <translation>Neuer Name für %1 in allen Beiträgen:</translation>
    </message>
    <message>
        <source>Edit Bio</source>
        <translation>Kurzbiografie bearbeiten</translation>
    </message>
    <message>
        <source>Bio of %1:</source>
        <translation>Kurzbiografie von %1:</translation>
    </message>
    <message>
        <source>Remember for This &amp;Source</source>
        <translation>Für diese &amp;Quelle merken</translation>
    </message>
    <message>
        <source>Later imports from the same site or folder, read the same way, are corrected like this (Tools → Segmentation Rules lists and removes rules)</source>
        <translation>Spätere Importe von derselben Website oder aus demselben Ordner, gleich gelesen, werden ebenso korrigiert (Werkzeuge → Segmentierungsregeln listet und entfernt Regeln)</translation>
    </message>
    <message>
        <source>Correct later imports the same way? %1.</source>
        <translation>Spätere Importe ebenso korrigieren? %1.</translation>
    </message>
    <message>
        <source>Remembered as rule #%1; Tools → Segmentation Rules lists and removes rules.</source>
        <translation>Als Regel #%1 gemerkt; Werkzeuge → Segmentierungsregeln listet und entfernt Regeln.</translation>
    </message>
    <message>
        <source>&amp;Cast</source>
        <translation>&amp;Besetzung</translation>
    </message>
    <message>
        <source>Cast</source>
        <translation>Besetzung</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Rename the selected cast member in every turn</source>
        <translation>Die gewählte Person der Besetzung in jedem Beitrag umbenennen</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Zusammenführen mit…</translation>
    </message>
    <message>
        <source>Give the selected member&apos;s turns to another cast member</source>
        <translation>Die Beiträge der gewählten Person einer anderen Person der Besetzung zuweisen</translation>
    </message>
    <message>
        <source>How this article was read was not recorded (it was stored by an older Colloquy). Re-import it to see the scheme and its evidence.</source>
        <translation>Wie dieser Artikel gelesen wurde, ist nicht festgehalten (ein älteres Colloquy hat ihn gespeichert). Importieren Sie ihn erneut, um das Schema und seine Belege zu sehen.</translation>
    </message>
    <message>
        <source>Read as %1 — %2% sure</source>
        <translation>Gelesen als %1 – zu %2 % sicher</translation>
    </message>
    <message>
        <source>1 turn</source>
        <translation>1 Beitrag</translation>
    </message>
    <message>
        <source>%1 turns</source>
        <translation>%1 Beiträge</translation>
    </message>
    <message>
        <source>printed as %1 · %2</source>
        <translation>gedruckt als %1 · %2</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>%1 mit %2 zusammenführen</translation>
    </message>
</context>
<context>
    <name>Colloquy::SegmentationRulesDialog</name>
    <message>
        <source>Segmentation Rules</source>
        <translation>Segmentierungsregeln</translation>
    </message>
    <message>
        <source>&amp;Rules applied at every import:</source>
        <translation>Bei jedem Import angewandte &amp;Regeln:</translation>
    </message>
    <message>
        <source>Segmentation rules</source>
        <translation>Segmentierungsregeln</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>What it says</source>
        <translation>Was sie besagt</translation>
    </message>
    <message>
        <source>Remembered</source>
        <translation>Gemerkt am</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Forget the selected rule: later imports no longer apply it (Del)</source>
        <translation>Die gewählte Regel vergessen: spätere Importe wenden sie nicht mehr an (Entf)</translation>
    </message>
    <message>
        <source>The rules cannot be read: %1</source>
        <translation>Die Regeln können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No rules yet. When you correct an article in Review Segmentation, choose Remember for This Source to have later imports from the same site or folder corrected the same way.</source>
        <translation>Noch keine Regeln. Wenn Sie einen Artikel in „Segmentierung prüfen“ korrigieren, wählen Sie „Für diese Quelle merken“, damit spätere Importe von derselben Website oder aus demselben Ordner ebenso korrigiert werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s). Each applies to articles of its source and shape when they are imported; the review shows the rule that decided a segment.</source>
        <translation>
            <numerusform>%n Regel. Sie gilt beim Import für Artikel ihrer Quelle und Form; die Prüfung zeigt, welche Regel ein Segment bestimmt hat.</numerusform>
            <numerusform>%n Regeln. Jede gilt beim Import für Artikel ihrer Quelle und Form; die Prüfung zeigt, welche Regel ein Segment bestimmt hat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>any</source>
        <translation>jede</translation>
    </message>
</context>
<context>
    <name>Colloquy::SelectionToolBar</name>
    <message>
        <source>Highlight in %1 (%2)</source>
        <translation>In %1 markieren (%2)</translation>
    </message>
    <message>
        <source>Note (N)</source>
        <translation>Notiz (N)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Tag with themes (T)</source>
        <translation>Mit Themen versehen (T)</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Thema</translation>
    </message>
</context>
<context>
    <name>Colloquy::ShortcutsDialog</name>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Reset to &amp;Default</source>
        <translation>Auf &amp;Standard zurücksetzen</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Filter by action or key</source>
        <translation>Nach Aktion oder Taste filtern</translation>
    </message>
    <message>
        <source>Filter the shortcuts</source>
        <translation>Die Tastenkürzel filtern</translation>
    </message>
    <message>
        <source>Actions and their shortcuts</source>
        <translation>Aktionen und ihre Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Shortcut:</source>
        <translation>&amp;Tastenkürzel:</translation>
    </message>
    <message>
        <source>Select an action, then press the keys it should have.</source>
        <translation>Wählen Sie eine Aktion und drücken Sie dann die Tasten, die sie haben soll.</translation>
    </message>
    <message>
        <source>Shortcut in Use</source>
        <translation>Tastenkürzel vergeben</translation>
    </message>
    <message>
        <source>The default shortcut %1 of “%2” is now used by “%3”. Change that one first.</source>
        <translation>Das Standardkürzel %1 von „%2“ gehört jetzt zu „%3“. Ändern Sie zuerst dieses.</translation>
    </message>
    <message>
        <source>%1 is already the shortcut of “%2”. Choose another key, or give “%2” another shortcut first.</source>
        <translation>%1 ist schon das Tastenkürzel von „%2“. Wählen Sie eine andere Taste oder geben Sie „%2“ zuerst ein anderes Kürzel.</translation>
    </message>
</context>
<context>
    <name>Colloquy::SideBySideView</name>
    <message>
        <source>&amp;Link Claims</source>
        <translation>Aussagen ve&amp;rknüpfen</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>Verknüpfung &amp;lösen</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Link the two picked claims with the chosen relation</source>
        <translation>Die zwei gewählten Aussagen mit der gewählten Beziehung verknüpfen</translation>
    </message>
    <message>
        <source>Remove the selected link (Delete)</source>
        <translation>Die gewählte Verknüpfung entfernen (Entf)</translation>
    </message>
    <message>
        <source>Links between claims</source>
        <translation>Verknüpfungen zwischen Aussagen</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thema:</translation>
    </message>
    <message>
        <source>&amp;Relation:</source>
        <translation>&amp;Beziehung:</translation>
    </message>
    <message>
        <source>agrees with</source>
        <translation>stimmt überein mit</translation>
    </message>
    <message>
        <source>disagrees with</source>
        <translation>widerspricht</translation>
    </message>
    <message>
        <source>responds to</source>
        <translation>antwortet auf</translation>
    </message>
    <message>
        <source>makes the same point as</source>
        <translation>sagt dasselbe wie</translation>
    </message>
    <message>
        <source>Claims of %1</source>
        <translation>Aussagen von %1</translation>
    </message>
    <message>
        <source>Pick a claim here and one in another column to link them; Enter opens the claim</source>
        <translation>Hier eine Aussage und eine in einer anderen Spalte wählen, um sie zu verknüpfen; Eingabe öffnet die Aussage</translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation>(kein Wert)</translation>
    </message>
    <message>
        <source>The codebook has no themes yet.</source>
        <translation>Das Codebuch hat noch keine Themen.</translation>
    </message>
    <message>
        <source>%1
Note: %2</source>
        <translation>%1
Notiz: %2</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: „%2“</translation>
    </message>
    <message>
        <source>No claims on %1 here.</source>
        <translation>Hier keine Aussagen zu %1.</translation>
    </message>
    <message>
        <source>(claim %1)</source>
        <translation>(Aussage %1)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Pick one claim in each of two columns to link them.</source>
        <translation>In zwei Spalten je eine Aussage wählen, um sie zu verknüpfen.</translation>
    </message>
    <message>
        <source>Cannot link the claims: %1</source>
        <translation>Die Aussagen können nicht verknüpft werden: %1</translation>
    </message>
    <message>
        <source>Linked: %1</source>
        <translation>Verknüpft: %1</translation>
    </message>
    <message>
        <source>Cannot remove the link: %1</source>
        <translation>Die Verknüpfung kann nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>Removed the link</source>
        <translation>Verknüpfung entfernt</translation>
    </message>
    <message>
        <source>Su&amp;ggest Claims…</source>
        <translation>Aussagen vorschla&amp;gen…</translation>
    </message>
    <message>
        <source>Sentences the theme&apos;s search rules find, to accept as claims</source>
        <translation>Sätze, die die Suchregeln des Themas finden, als Aussagen zu übernehmen</translation>
    </message>
    <message>
        <source>Made %1 claims of %2 (Ctrl+Z undoes it)</source>
        <translation>%1 Aussagen zu %2 erstellt (Strg+Z macht es rückgängig)</translation>
    </message>
</context>
<context>
    <name>Colloquy::SpeakerPane</name>
    <message>
        <source>Speech of %1</source>
        <translation>Rede von %1</translation>
    </message>
</context>
<context>
    <name>Colloquy::SpeakersDialog</name>
    <message>
        <source>Merge Into</source>
        <translation>Zusammenführen mit</translation>
    </message>
    <message>
        <source>Merge %1 into:</source>
        <translation>%1 zusammenführen mit:</translation>
    </message>
    <message>
        <source>Type to filter</source>
        <translation>Zum Filtern tippen</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Zusammenführen mit…</translation>
    </message>
    <message>
        <source>&amp;Split Off</source>
        <translation>&amp;Abtrennen</translation>
    </message>
    <message>
        <source>&amp;Open Article</source>
        <translation>Artikel ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Speakers Across Articles</source>
        <translation>Sprecher über alle Artikel</translation>
    </message>
    <message>
        <source>Filter people</source>
        <translation>Personen filtern</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Appearances of the selected person</source>
        <translation>Auftritte der gewählten Person</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Printed as</source>
        <translation>Gedruckt als</translation>
    </message>
    <message>
        <source>Bio</source>
        <translation>Kurzbiografie</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Name this person as you want them listed</source>
        <translation>Benennen Sie diese Person so, wie sie aufgeführt werden soll</translation>
    </message>
    <message>
        <source>These are the same person as another profile: join them</source>
        <translation>Dies ist dieselbe Person wie in einem anderen Profil: zusammenführen</translation>
    </message>
    <message>
        <source>This article&apos;s speaker is someone else: give them a profile of their own</source>
        <translation>Der Sprecher dieses Artikels ist jemand anderes: ein eigenes Profil geben</translation>
    </message>
    <message>
        <source>Show this article in the main window</source>
        <translation>Diesen Artikel im Hauptfenster zeigen</translation>
    </message>
    <message>
        <source>No speaker has been recognised as a person yet.</source>
        <translation>Noch kein Sprecher wurde als Person erkannt.</translation>
    </message>
    <message>
        <source>1 article</source>
        <translation>1 Artikel</translation>
    </message>
    <message>
        <source>%1 articles</source>
        <translation>%1 Artikel</translation>
    </message>
    <message>
        <source>Printed as: %1</source>
        <translation>Gedruckt als: %1</translation>
    </message>
    <message>
        <source>(no bio)</source>
        <translation>(keine Kurzbiografie)</translation>
    </message>
    <message>
        <source>Rename Person</source>
        <translation>Person umbenennen</translation>
    </message>
    <message>
        <source>Name for %1 in every article:</source>
        <translation>Name für %1 in allen Artikeln:</translation>
    </message>
    <message>
        <source>Renamed %1 to %2</source>
        <translation>%1 in %2 umbenannt</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 Personen</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>%1 mit %2 zusammenführen</translation>
    </message>
    <message>
        <source>Merged %1 into %2</source>
        <translation>%1 mit %2 zusammengeführt</translation>
    </message>
    <message>
        <source>%1 in “%2” now has a profile of its own</source>
        <translation>%1 in „%2“ hat jetzt ein eigenes Profil</translation>
    </message>
</context>
<context>
    <name>Colloquy::SuggestClaimsDialog</name>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Finden</translation>
    </message>
    <message>
        <source>Check &amp;All</source>
        <translation>Alle an&amp;kreuzen</translation>
    </message>
    <message>
        <source>Uncheck &amp;All</source>
        <translation>Alle ab&amp;wählen</translation>
    </message>
    <message>
        <source>Acce&amp;pt Checked</source>
        <translation>Angekreuzte &amp;übernehmen</translation>
    </message>
    <message>
        <source>Suggest Claims for %1</source>
        <translation>Aussagen zu %1 vorschlagen</translation>
    </message>
    <message>
        <source>Search rules</source>
        <translation>Suchregeln</translation>
    </message>
    <message>
        <source>One rule per line: words, &quot;a phrase&quot;, prefix*</source>
        <translation>Eine Regel pro Zeile: Wörter, „eine Wendung“, Präfix*</translation>
    </message>
    <message>
        <source>Only in the turns of</source>
        <translation>Nur in den Beiträgen von</translation>
    </message>
    <message>
        <source>Check speakers to look only in their turns; none checked: every speaker</source>
        <translation>Sprecher ankreuzen, um nur in ihren Beiträgen zu suchen; keiner angekreuzt: alle Sprecher</translation>
    </message>
    <message>
        <source>Suggested claims</source>
        <translation>Vorgeschlagene Aussagen</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Satz</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>&amp;Rules:</source>
        <translation>&amp;Regeln:</translation>
    </message>
    <message>
        <source>Only in the &amp;turns of:</source>
        <translation>Nur in den &amp;Beiträgen von:</translation>
    </message>
    <message>
        <source>Only &amp;inside claims of:</source>
        <translation>Nur &amp;innerhalb von Aussagen zu:</translation>
    </message>
    <message>
        <source>(anywhere in the turns)</source>
        <translation>(überall in den Beiträgen)</translation>
    </message>
    <message>
        <source>Write a rule to find sentences.</source>
        <translation>Eine Regel schreiben, um Sätze zu finden.</translation>
    </message>
    <message>
        <source>No sentence matches the rules here.</source>
        <translation>Hier passt kein Satz zu den Regeln.</translation>
    </message>
    <message>
        <source>Found: %1. Check the ones to make claims of %2.</source>
        <translation>Gefunden: %1. Die anzukreuzen, die Aussagen zu %2 werden sollen.</translation>
    </message>
    <message>
        <source>Cannot make the claims: %1</source>
        <translation>Die Aussagen können nicht erstellt werden: %1</translation>
    </message>
</context>
<context>
    <name>Colloquy::TagPicker</name>
    <message>
        <source>Tag with themes</source>
        <translation>Mit Themen versehen</translation>
    </message>
    <message>
        <source>Find or create a theme…</source>
        <translation>Thema suchen oder anlegen…</translation>
    </message>
    <message>
        <source>Enter: apply or remove · Esc: close</source>
        <translation>Enter: anwenden oder entfernen · Esc: schließen</translation>
    </message>
    <message>
        <source>Create theme “%1”</source>
        <translation>Thema „%1“ anlegen</translation>
    </message>
    <message>
        <source>Tag with new theme</source>
        <translation>Mit neuem Thema versehen</translation>
    </message>
    <message>
        <source>Created the theme and tagged the highlight</source>
        <translation>Das Thema wurde angelegt und die Markierung damit versehen</translation>
    </message>
    <message>
        <source>Cannot create the theme: %1</source>
        <translation>Das Thema kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Removed the theme %1</source>
        <translation>Das Thema %1 wurde entfernt</translation>
    </message>
    <message>
        <source>Tagged with %1</source>
        <translation>Mit %1 versehen</translation>
    </message>
    <message>
        <source>Cannot tag: %1</source>
        <translation>Versehen mit Thema nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>Colloquy::ThemeBarChart</name>
    <message>
        <source>Claims per theme and voice</source>
        <translation>Aussagen je Thema und Stimme</translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation>(kein Wert)</translation>
    </message>
    <message>
        <source>No claims in scope</source>
        <translation>Keine Aussagen im gewählten Bereich</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2: %n claim(s)</source>
        <translation>
            <numerusform>%1 – %2: %n Aussage</numerusform>
            <numerusform>%1 – %2: %n Aussagen</numerusform>
        </translation>
    </message>
    <message>
        <source> of the voice&apos;s claims</source>
        <translation> der Aussagen der Stimme</translation>
    </message>
    <message>
        <source> per 1,000 words</source>
        <translation> je 1.000 Wörter</translation>
    </message>
</context>
<context>
    <name>Colloquy::ThemeMatrixModel</name>
    <message>
        <source>(no value)</source>
        <translation>(kein Wert)</translation>
    </message>
    <message numerus="yes">
        <source>%1 on %2: %n claim(s)</source>
        <translation>
            <numerusform>%1 zu %2: %n Aussage</numerusform>
            <numerusform>%1 zu %2: %n Aussagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>%1: %2 claims, %3 words</source>
        <translation>%1: %2 Aussagen, %3 Wörter</translation>
    </message>
</context>
<context>
    <name>HighlightStyle</name>
    <message>
        <source>Yellow</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Violett</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>1 highlight found in place</source>
        <translation>1 Markierung an ihrer Stelle gefunden</translation>
    </message>
    <message>
        <source>%1 highlights found in place</source>
        <translation>%1 Markierungen an ihrer Stelle gefunden</translation>
    </message>
    <message>
        <source>1 moved with its text</source>
        <translation>1 mit ihrem Text verschoben</translation>
    </message>
    <message>
        <source>%1 moved with their text</source>
        <translation>%1 mit ihrem Text verschoben</translation>
    </message>
    <message>
        <source>%1 matched approximately</source>
        <translation>%1 ungefähr zugeordnet</translation>
    </message>
    <message>
        <source>%1 orphaned</source>
        <translation>%1 verwaist</translation>
    </message>
    <message>
        <source>Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.pdf *.vtt *.srt);;Plain text (*.txt *.text);;Markdown (*.md *.markdown);;Web pages (*.html *.htm *.xhtml);;PDF (*.pdf);;Subtitles and transcripts (*.vtt *.srt);;All files (*)</source>
        <translation>Artikel (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.pdf *.vtt *.srt);;Reiner Text (*.txt *.text);;Markdown (*.md *.markdown);;Webseiten (*.html *.htm *.xhtml);;PDF (*.pdf);;Untertitel und Protokolle (*.vtt *.srt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Re-import Edited Article</source>
        <translation>Bearbeiteten Artikel neu importieren</translation>
    </message>
    <message>
        <source>Import Web Annotations</source>
        <translation>Web-Annotationen importieren</translation>
    </message>
    <message>
        <source>Web Annotations (*.jsonld *.json);;All files (*)</source>
        <translation>Web-Annotationen (*.jsonld *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The article was left as it was.

%1</source>
        <translation>Der Artikel blieb, wie er war.

%1</translation>
    </message>
    <message>
        <source>The article now has the edited text.</source>
        <translation>Der Artikel hat jetzt den bearbeiteten Text.</translation>
    </message>
    <message>
        <source>Orphaned highlights are kept in the Orphaned section of the annotations sidebar, where you can re-attach them. Edit → Undo brings the old text back.</source>
        <translation>Verwaiste Markierungen bleiben im Abschnitt „Verwaist“ der Annotationsleiste, wo Sie sie neu verankern können. Bearbeiten → Rückgängig bringt den alten Text zurück.</translation>
    </message>
    <message>
        <source>Nothing was imported.

%1</source>
        <translation>Nichts wurde importiert.

%1</translation>
    </message>
    <message>
        <source>1 highlight added.</source>
        <translation>1 Markierung hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 highlights added.</source>
        <translation>%1 Markierungen hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 not found in this article&apos;s text.</source>
        <translation>%1 nicht im Text dieses Artikels gefunden.</translation>
    </message>
    <message>
        <source>%1 already there.</source>
        <translation>%1 schon vorhanden.</translation>
    </message>
    <message>
        <source>1 new theme.</source>
        <translation>1 neues Thema.</translation>
    </message>
    <message>
        <source>%1 new themes.</source>
        <translation>%1 neue Themen.</translation>
    </message>
    <message>
        <source>Links between claims made: %1.</source>
        <translation>Verknüpfungen zwischen Aussagen hergestellt: %1.</translation>
    </message>
    <message>
        <source>Links not made, their claims not found: %1.</source>
        <translation>Nicht hergestellte Verknüpfungen, deren Aussagen fehlen: %1.</translation>
    </message>
    <message>
        <source>Annotations whose quote is not in the text were not added.</source>
        <translation>Annotationen, deren Zitat nicht im Text steht, wurden nicht hinzugefügt.</translation>
    </message>
    <message>
        <source>Exporting annotated PDF…</source>
        <translation>Annotiertes PDF wird exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The annotated PDF was not written: %1</source>
        <translation>Das annotierte PDF wurde nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>Export Annotated PDF</source>
        <translation>Annotiertes PDF exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Export REFI-QDA Project</source>
        <translation>REFI-QDA-Projekt exportieren</translation>
    </message>
    <message>
        <source>The library has no articles to export.</source>
        <translation>Die Bibliothek hat keine Artikel zum Exportieren.</translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx)</source>
        <translation>REFI-QDA-Projekte (*.qdpx)</translation>
    </message>
    <message>
        <source>Import REFI-QDA Project</source>
        <translation>REFI-QDA-Projekt importieren</translation>
    </message>
    <message>
        <source>Imported from the project: new articles %1, new themes %2, highlights %3, codings %4.</source>
        <translation>Aus dem Projekt importiert: neue Artikel %1, neue Themen %2, Markierungen %3, Codierungen %4.</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Webseiten (*.html)</translation>
    </message>
    <message>
        <source>CSV spreadsheets (*.csv)</source>
        <translation>CSV-Tabellen (*.csv)</translation>
    </message>
    <message>
        <source>Web Annotations (*.jsonld)</source>
        <translation>Web-Annotationen (*.jsonld)</translation>
    </message>
    <message>
        <source>The file was not written: %1</source>
        <translation>Die Datei wurde nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export All Claims</source>
        <translation>Alle Aussagen exportieren</translation>
    </message>
    <message>
        <source>Claims by theme</source>
        <translation>Aussagen nach Thema</translation>
    </message>
</context>
<context>
    <name>SegmentationReviewDialog</name>
    <message>
        <source>a transcript (Name: turns)</source>
        <translation>Transkript (Name: Beiträge)</translation>
    </message>
    <message>
        <source>a Q&amp;A interview</source>
        <translation>Interview mit Fragen und Antworten</translation>
    </message>
    <message>
        <source>a press briefing</source>
        <translation>Pressebriefing</translation>
    </message>
    <message>
        <source>a roundtable, a heading per expert</source>
        <translation>Gesprächsrunde, eine Überschrift je Fachperson</translation>
    </message>
    <message>
        <source>a roundtable, names run into the text</source>
        <translation>Gesprächsrunde, Namen im Fließtext</translation>
    </message>
    <message>
        <source>a letters page</source>
        <translation>Leserbriefseite</translation>
    </message>
    <message>
        <source>one voice (no turns found)</source>
        <translation>Eine Stimme (keine Beiträge gefunden)</translation>
    </message>
</context>
</TS>
