// The commands of colloquy-cli, each declared once: name, synopsis, summary, help, options, handler.
// A new command is one more entry here and its handler in Commands; --help, COMMAND --help, the
// usage lines and the option checks follow from the entry.

#include "commands.h"
#include "commandspec.h"

using namespace Qt::Literals::StringLiterals;

namespace Colloquy::Cli {

namespace {

using Option = QCommandLineOption;

const QString ColourNames = u"yellow (default), green, blue, red, purple or orange."_s;

QList<Option> readOptions()
{
    return {
        {u"format"_s,
            u"Read the files as text, markdown, html, pdf, webvtt or srt (default: detected from content and "
            u"extension)."_s,
            u"NAME"_s},
        {u"encoding"_s,
            u"Decode text as this encoding (GB18030, Big5, Shift_JIS, EUC-KR, windows-1251, ...; default: a "
            u"byte-order mark, UTF-8, the page's own charset, else detected)."_s,
            u"NAME"_s},
    };
}

} // namespace

// A declarative table: exempt from the length rule for functions.
const QList<CommandSpec> &commandTable()
{
    static const QList<CommandSpec> table = {
        {
            .heading = u"Commands"_s,
            .name = u"segment"_s,
            .synopsis = u"FILE [--format NAME] [--encoding NAME]"_s,
            .summary = u"Print how FILE splits into segments (does not change the library)."_s,
            .help = u"Prints the title and the scheme the article was read by (transcript, q&a, briefing, "
                    u"headed or glued roundtable, letters, none) with its evidence, then each segment with "
                    u"its kind, label, speaker and bio, and the opening words of its first paragraph. --json "
                    u"prints the whole segmentation, with the rule and confidence that found each segment "
                    u"and \"scheme\": {\"name\", \"confidence\", \"evidence\", \"cast\"}. When the library "
                    u"exists, its segmentation rules (see rules) apply, as at import."_s,
            .options = readOptions(),
            .run = &Commands::segment,
        },
        {
            .name = u"import"_s,
            .synopsis = u"FILE... [--format NAME] [--encoding NAME]"_s,
            .summary = u"Store each FILE in the library; prints ID<TAB>FILE per file."_s,
            .help = u"A file whose text the library already holds is not stored twice: its line ends with "
                    u"\"(already in library)\". A file that cannot be read is reported and the others are "
                    u"still stored; the exit status is then 1. --json prints one {\"file\", \"id\", "
                    u"\"status\", \"error\"} per file."_s,
            .options = readOptions(),
            .run = &Commands::importFiles,
            .writes = true,
        },
        {
            .name = u"list"_s,
            .summary = u"List the articles in the library, newest first."_s,
            .help = u"One line per article: id, title, speakers and import time (UTC), apart by tabs."_s,
            .run = &Commands::list,
        },
        {
            .name = u"show"_s,
            .synopsis = u"ID"_s,
            .summary = u"Print a stored article."_s,
            .help = u"Prints the article's title, source, import time and speakers, then its segments as "
                    u"segment prints them. --json prints the whole article."_s,
            .run = &Commands::show,
        },
        {
            .name = u"reimport"_s,
            .synopsis = u"ID FILE [--format NAME] [--encoding NAME]"_s,
            .summary = u"Replace article ID's text with an edited version in FILE."_s,
            .help = u"Keeps the article's highlights, notes and themes and finds each highlight again in the "
                    u"new text; prints how many stayed (anchored), moved, matched approximately (fuzzy) or "
                    u"were orphaned, then one orphaned<TAB>ID<TAB>\"quote\" line per orphan. It is one "
                    u"transaction: a file that cannot be read leaves the library as it was."_s,
            .options = readOptions(),
            .run = &Commands::reimport,
            .writes = true,
        },
        {
            .name = u"eval"_s,
            .synopsis = u"DIR"_s,
            .summary = u"Score the segmenter on every NAME.expected.json in DIR."_s,
            .help = u"Compares each expected file with the segmentation of its source NAME.EXT: boundary "
                    u"precision, recall and F1, speaker names and bios, per shape and overall; then lists "
                    u"each failing file with its problems. Reads the segment --json schema with a "
                    u"\"shape\", and the reference format of ../shared/tools/segcheck.py (first_words, "
                    u"aliases), which it scores as that script does."_s,
            .run = &Commands::eval,
        },
        {
            .name = u"trash"_s,
            .synopsis = u"\nACTION ..."_s,
            .summary = u"List the articles in the Trash: id, title, when deleted."_s,
            .help =
                u"Articles stay in the Trash for 30 days, then go for good when the library is next opened "
                u"for writing. --json prints [{\"id\", \"title\", \"deleted\"}]."_s,
            .run = &Commands::trash,
        },
        {
            .name = u"trash restore"_s,
            .synopsis = u"ID"_s,
            .summary = u"Bring an article back out of the Trash."_s,
            .help = u"One undo step, like delete."_s,
            .run = &Commands::trashRestore,
            .writes = true,
        },
        {
            .name = u"trash empty"_s,
            .summary = u"Remove every article in the Trash for good."_s,
            .help = u"This cannot be undone."_s,
            .run = &Commands::trashEmpty,
            .writes = true,
        },
        {
            .heading = u"History (the last 100 steps of each user, kept in the library)"_s,
            .name = u"undo"_s,
            .summary = u"Undo your newest step, even one made by the app or an earlier command."_s,
            .help = u"Every command that changes the library, and every edit in the app, is one step. Prints "
                    u"what was undone; redo brings it back until a new step is made."_s,
            .run = &Commands::undo,
            .writes = true,
        },
        {
            .name = u"redo"_s,
            .summary = u"Redo the step undone last."_s,
            .help = u"Prints what was redone."_s,
            .run = &Commands::redo,
            .writes = true,
        },
        {
            .name = u"history"_s,
            .summary = u"List your steps, newest first: id, time, what, (undone)."_s,
            .help = u"--json prints [{\"id\", \"text\", \"created\", \"undone\"}], oldest first."_s,
            .run = &Commands::history,
        },
        {
            .heading = u"Annotations"_s,
            .name = u"highlight"_s,
            .synopsis =
                u"ARTICLE_ID --quote TEXT [--speaker NAME] [--color NAME] [--note TEXT] [--theme NAME]..."_s,
            .summary = u"Highlight the first occurrence of TEXT; prints the new id."_s,
            .help = u"Looks for TEXT in the article, or in NAME's turns only, and highlights its first "
                    u"occurrence with its note and themes in one undo step. Missing themes are created at "
                    u"the top level. --json prints the highlight."_s,
            .options =
                {
                    {u"quote"_s, u"The exact text to highlight."_s, u"TEXT"_s},
                    {u"speaker"_s, u"Look for the quote in this speaker's turns only."_s, u"NAME"_s},
                    {u"color"_s, ColourNames, u"NAME"_s},
                    {u"note"_s, u"A Markdown note for the new highlight."_s, u"TEXT"_s},
                    {u"theme"_s, u"Tag with this theme (repeatable; created if missing)."_s, u"NAME"_s},
                },
            .run = &Commands::highlight,
            .writes = true,
        },
        {
            .name = u"note"_s,
            .synopsis = u"HIGHLIGHT_ID TEXT\n--article ID [--speaker NAME] TEXT"_s,
            .summary = u"Set the Markdown note of a highlight, an article or one of its speakers."_s,
            .help = u"An empty TEXT removes the note. A speaker is found by name, ignoring case, among the "
                    u"article's speakers and the names its notes are on. --json prints the highlight, or "
                    u"{\"article\", \"speaker\", \"note\"}."_s,
            .options =
                {
                    {u"article"_s,
                        u"The note is on this article (or on its --speaker), not on a highlight."_s, u"ID"_s},
                    {u"speaker"_s, u"The note is on this speaker of the --article."_s, u"NAME"_s},
                },
            .run = &Commands::note,
            .writes = true,
        },
        {
            .name = u"tag"_s,
            .synopsis = u"HIGHLIGHT_ID THEME..."_s,
            .summary = u"Tag a highlight with themes (missing themes are created)."_s,
            .help = u"Themes are found by name, ignoring case; a missing one is created at the top level. "
                    u"All the tags are one undo step. --json prints the highlight."_s,
            .run = &Commands::tag,
            .writes = true,
        },
        {
            .name = u"untag"_s,
            .synopsis = u"HIGHLIGHT_ID THEME..."_s,
            .summary = u"Remove themes from a highlight."_s,
            .help = u"Themes are found by name, ignoring case; all of them are one undo step. --json prints "
                    u"the highlight."_s,
            .run = &Commands::untag,
            .writes = true,
        },
        {
            .name = u"unhighlight"_s,
            .synopsis = u"HIGHLIGHT_ID"_s,
            .summary = u"Remove a highlight with its note and themes."_s,
            .help = u"The themes stay in the codebook. --json prints {\"removed\": HIGHLIGHT_ID}."_s,
            .run = &Commands::unhighlight,
            .writes = true,
        },
        {
            .name = u"annotations"_s,
            .synopsis = u"ARTICLE_ID"_s,
            .summary = u"List an article's notes and highlights."_s,
            .help = u"Prints the notes on the article and on its speakers, then one line per highlight: id, "
                    u"speaker, colour, anchor state and quote, with its themes and note below it."_s,
            .run = &Commands::annotations,
        },
        {
            .name = u"themes"_s,
            .summary = u"Print the codebook as a tree with claim counts."_s,
            .help = u"One line per theme, indented under its parent: name, colour, how many claims carry "
                    u"it and its description. --json prints the tree as nested {\"id\", \"name\", \"color\", "
                    u"\"description\", \"claims\", \"children\"}."_s,
            .run = &Commands::themes,
        },
        {
            .name = u"theme"_s,
            .synopsis = u"ACTION ..."_s,
            .summary = u"Edit the codebook: add, rename, merge or delete a theme."_s,
            .help = u"Themes are found by name, ignoring case; names are unique among siblings. Each action "
                    u"is one step, saved when the command returns."_s,
            .run = &Commands::unknownAction,
        },
        {
            .name = u"theme add"_s,
            .synopsis = u"NAME [--parent NAME] [--color NAME] [--description TEXT]"_s,
            .summary = u"Add a theme; prints its id."_s,
            .help = u"The theme goes at the top level of the codebook, or under --parent."_s,
            .options =
                {
                    {u"parent"_s, u"The parent theme."_s, u"NAME"_s},
                    {u"color"_s, ColourNames, u"NAME"_s},
                    {u"description"_s, u"What the theme means."_s, u"TEXT"_s},
                },
            .run = &Commands::themeAdd,
            .writes = true,
        },
        {
            .name = u"theme rename"_s,
            .synopsis = u"OLD NEW"_s,
            .summary = u"Rename a theme."_s,
            .help = u"The new name must be free among the theme's siblings."_s,
            .run = &Commands::themeRename,
            .writes = true,
        },
        {
            .name = u"theme merge"_s,
            .synopsis = u"FROM INTO"_s,
            .summary = u"Merge a theme into another."_s,
            .help = u"FROM's claims and sub-themes move to INTO, then FROM is deleted; prints how many "
                    u"claims moved."_s,
            .run = &Commands::themeMerge,
            .writes = true,
        },
        {
            .name = u"theme delete"_s,
            .synopsis = u"NAME"_s,
            .summary = u"Delete a theme."_s,
            .help = u"Its claims are untagged and its sub-themes move up one level; prints how many claims "
                    u"lost the theme."_s,
            .run = &Commands::themeDelete,
            .writes = true,
        },
        {
            .name = u"theme rules"_s,
            .synopsis = u"NAME [RULE]... [--clear]"_s,
            .summary = u"Print or set the search rules suggest uses for a theme."_s,
            .help = u"Each RULE is a word, a \"phrase\" or a prefix* (several in one RULE must all occur); "
                    u"a sentence matching any RULE is suggested. The RULEs given replace the theme's; "
                    u"--clear removes them; none prints them."_s,
            .options = {{u"clear"_s, u"Remove the theme's rules."_s}},
            .run = &Commands::themeRules,
        },
        {
            .heading = u"Search"_s,
            .name = u"search"_s,
            .synopsis = u"QUERY [--speaker NAME] [--theme NAME] [--color NAME] [--article ID] [--limit N]"_s,
            .summary = u"Find words in the articles' text and in notes, best first."_s,
            .help =
                u"Every word must occur, ignoring case and accents; \"a phrase\" in quotes keeps words "
                u"together and word* matches a prefix; nothing else is syntax. One hit per line: article "
                u"id, title, speaker, \"text\" or \"note HIGHLIGHT_ID\", and a snippet with each match in "
                u"[brackets]. An unknown theme or article is an error; no hits is not."_s,
            .options =
                {
                    {u"speaker"_s, u"Hits in this speaker's turns and the notes on them."_s, u"NAME"_s},
                    {u"theme"_s, u"Hits within claims of this theme or its sub-themes."_s, u"NAME"_s},
                    {u"color"_s, u"Hits within highlights of this colour."_s, u"NAME"_s},
                    {u"article"_s, u"Hits in this article only."_s, u"ID"_s},
                    {u"limit"_s, u"At most N hits, best first (default 50)."_s, u"N"_s},
                },
            .run = &Commands::search,
        },
        {
            .heading = u"Inter-coder agreement"_s,
            .name = u"agreement"_s,
            .synopsis = u"--coders A,B[,C...] [--article ID]... [--unit sentence|paragraph|overlap] "
                        u"[--min-overlap R]"_s,
            .summary = u"How consistently coders (highlight authors) applied the themes."_s,
            .help = u"Counts, per theme and overall, on how many units the coders decided alike (percent "
                    u"agreement) and Cohen's kappa for two coders, Fleiss' kappa for more; then lists each "
                    u"unit they disagree on with each coder's themes. A sentence or paragraph counts as "
                    u"coded when a highlight with the theme touches it; with --unit overlap the units are "
                    u"the passages coders highlighted with a theme, coded by a coder who covers at least R "
                    u"of the passage (default 0.5). Without --article, every article one of the coders "
                    u"highlighted. Kappa is n/a when every decision was the same (no variation) or nothing "
                    u"was coded. --json prints {\"coders\", \"unit\", \"themes\", \"overall\", "
                    u"\"disagreements\"}, percentages 0-100 and kappa null when n/a."_s,
            .options =
                {
                    {u"coders"_s, u"Two or more highlight authors, apart by commas."_s, u"A,B"_s},
                    {u"article"_s, u"Compare on this article (repeatable; default: all they coded)."_s,
                        u"ID"_s},
                    {u"unit"_s, u"sentence (default), paragraph or overlap."_s, u"UNIT"_s},
                    {u"min-overlap"_s, u"With --unit overlap: the share a coder must cover (default 0.5)."_s,
                        u"R"_s},
                },
            .run = &Commands::agreement,
        },
        {
            .heading = u"Managing the library"_s,
            .name = u"delete"_s,
            .synopsis = u"ID"_s,
            .summary = u"Move article ID to the Trash with its highlights, notes and collections."_s,
            .help = u"Prints deleted, the id, the title and how many highlights went with it, apart by tabs. "
                    u"The article leaves the list, search, comparisons and the speaker profiles; undo (here "
                    u"or in the window) or trash restore brings it back. The Trash keeps it for 30 days."_s,
            .run = &Commands::deleteArticle,
            .writes = true,
        },
        {
            .name = u"rename"_s,
            .synopsis = u"ID TITLE"_s,
            .summary = u"Give article ID a new title."_s,
            .help = u"Prints the id and the new title. An empty title is refused."_s,
            .run = &Commands::rename,
            .writes = true,
        },
        {
            .name = u"collection"_s,
            .synopsis = u"\nACTION ..."_s,
            .summary = u"List the collections: name, then the ids of their articles."_s,
            .help = u"An article may be in several collections; the window's library filters by them."_s,
            .run = &Commands::collections,
        },
        {
            .name = u"collection add"_s,
            .synopsis = u"NAME ID..."_s,
            .summary = u"Put articles into collection NAME, made when there is none."_s,
            .help = u"Collection names are compared ignoring case."_s,
            .run = &Commands::collectionAdd,
            .writes = true,
        },
        {
            .name = u"collection remove"_s,
            .synopsis = u"NAME ID..."_s,
            .summary = u"Take articles out of collection NAME."_s,
            .help = u"The articles stay in the library."_s,
            .run = &Commands::collectionRemove,
            .writes = true,
        },
        {
            .name = u"collection delete"_s,
            .synopsis = u"NAME"_s,
            .summary = u"Delete collection NAME; its articles stay in the library."_s,
            .help = u"Only the collection goes."_s,
            .run = &Commands::collectionDelete,
            .writes = true,
        },
        {
            .heading = u"Backups and recovery (backups in LIBRARY.backups/ beside the library file)"_s,
            .name = u"check"_s,
            .summary = u"Check the library: SQLite's quick_check and every article's SHA-256."_s,
            .help =
                u"Prints ok and how many articles were checked, or one line per problem: sqlite<TAB>WHAT, "
                u"or article<TAB>ID<TAB>TITLE<TAB>WHAT for an article whose text no longer matches the "
                u"hash stored with it. Exit status 0 when the library is healthy, 1 otherwise. --json "
                u"prints {\"healthy\", \"articles_checked\", \"sqlite\", \"articles\", \"error\"}. "
                u"Never writes."_s,
            .run = &Commands::check,
        },
        {
            .name = u"backup"_s,
            .synopsis = u"[--to PATH]"_s,
            .summary = u"Back the library up now; prints the path of the backup."_s,
            .help =
                u"The backup is a consistent copy made by SQLite (VACUUM INTO), checked before it gets its "
                u"name, LIBRARY.backups/YYYY-MM-DDTHH-MM-SS.colloquy (UTC) unless --to names another "
                u"file (which must not exist). The library may be open in the app meanwhile. A failed "
                u"write says why and leaves no file. Backups made here are not rotated: the app keeps "
                u"the newest of each of the last 7 days and 4 weeks when it makes its hourly backup. "
                u"--json prints {\"path\", \"time\", \"size\"}."_s,
            .options = {{u"to"_s, u"Write the backup to this file instead of the backup folder."_s,
                u"PATH"_s}},
            .run = &Commands::backup,
        },
        {
            .name = u"backups"_s,
            .summary = u"List the library's backups, newest first: time, size, articles, path."_s,
            .help = u"Time in UTC, size in bytes, apart by tabs. --json prints [{\"time\", \"size\", "
                    u"\"articles\", \"path\"}]."_s,
            .run = &Commands::backups,
        },
        {
            .name = u"restore"_s,
            .synopsis = u"[BACKUP]"_s,
            .summary = u"Replace the library with a backup (the newest when none is named)."_s,
            .help = u"BACKUP is a path, or a file name in the backup folder. The backup must pass check, or "
                    u"nothing changes. The library it replaces is kept beside it as "
                    u"NAME.replaced-YYYY-MM-DDTHH-MM-SS.colloquy: restoring that file undoes the restore. "
                    u"Close the app on this library first. Prints what was restored and where the replaced "
                    u"library was kept; --json prints {\"restored\", \"library\", \"replaced\"}."_s,
            .run = &Commands::restore,
        },
        {
            .heading = u"Speakers across articles"_s,
            .name = u"speakers"_s,
            .synopsis = u"\nACTION ..."_s,
            .summary = u"List person profiles with their name variants, articles and bios."_s,
            .help = u"Each import links the speakers who name one person to one profile. One line per "
                    u"profile: id, name and how many articles; then the other names it was printed as, and "
                    u"one line per article with the bio printed there."_s,
            .run = &Commands::speakers,
        },
        {
            .name = u"speakers merge"_s,
            .synopsis = u"FROM_ID INTO_ID"_s,
            .summary = u"Merge one profile into another."_s,
            .help = u"FROM's appearances move to INTO. --json prints the merged profile."_s,
            .run = &Commands::speakersMerge,
            .writes = true,
        },
        {
            .name = u"speakers split"_s,
            .synopsis = u"ARTICLE_ID NAME"_s,
            .summary = u"Give NAME's appearance in that article a profile of its own."_s,
            .help = u"Prints the new profile's id (--json: the profile)."_s,
            .run = &Commands::speakersSplit,
            .writes = true,
        },
        {
            .name = u"speakers rename"_s,
            .synopsis = u"ID NAME"_s,
            .summary = u"Name a profile (later imports keep the name)."_s,
            .help = u"--json prints the renamed profile."_s,
            .run = &Commands::speakersRename,
            .writes = true,
        },
        {
            .name = u"speakers set"_s,
            .synopsis = u"ID ATTRIBUTE VALUE [--type text|number|date|category]"_s,
            .summary = u"Set an attribute of a profile (country, role, affiliation …)."_s,
            .help =
                u"A missing attribute is created, of --type or else of the type VALUE reads as (a number, "
                u"a YYYY-MM-DD date, else text). Numbers and dates are checked. One undo step; --json "
                u"prints the profile."_s,
            .options = {{u"type"_s, u"The type of a new attribute: text, number, date or category."_s,
                u"TYPE"_s}},
            .run = &Commands::speakersSet,
            .writes = true,
        },
        {
            .name = u"speakers unset"_s,
            .synopsis = u"ID ATTRIBUTE"_s,
            .summary = u"Remove a profile's value of an attribute."_s,
            .help = u"--json prints the profile."_s,
            .run = &Commands::speakersUnset,
            .writes = true,
        },
        {
            .name = u"speakers attributes"_s,
            .summary = u"List the speaker attributes with their type and values."_s,
            .help = u"One line per attribute: id, name, type and the values profiles have."_s,
            .run = &Commands::speakersAttributes,
        },
        {
            .name = u"speakers propose"_s,
            .synopsis = u"[ID] [--accept]"_s,
            .summary = u"Attributes the bios state (…from Sri Lanka: country); --accept sets them."_s,
            .help =
                u"Reads the bios of profile ID (or of every profile) for a country, an affiliation and a "
                u"role the profile has no value for, and prints each with the bio that states it. Nothing "
                u"is set without --accept, which sets all of them in one undo step."_s,
            .options = {{u"accept"_s, u"Set the values proposed."_s}},
            .run = &Commands::speakersPropose,
        },
        {
            .heading = u"Comparing voices"_s,
            .name = u"matrix"_s,
            .synopsis = u"[--article ID]... [--people] [--group-by ATTRIBUTE] [--filter ATTRIBUTE=VALUE] "
                        u"[--mode counts|share|per-1000-words] [--json|--csv]"_s,
            .summary = u"Themes × speakers: how many claims each voice makes on each theme."_s,
            .help = u"Rows are the codebook's themes, a parent counting its sub-themes' claims (each claim "
                    u"once); columns the speakers of each article, or with --people the person profiles "
                    u"across articles, or with --group-by the values of a speaker attribute. Without "
                    u"--article, the whole library. --mode shows each cell as a count, as a share of the "
                    u"voice's claims or per 1,000 of the voice's words (text and CSV; --json always prints "
                    u"{\"columns\": [names], \"rows\": [{\"theme\": \"Parent/Child\", \"counts\": [...], "
                    u"\"total\": n}]})."_s,
            .options =
                {
                    {u"article"_s, u"Compare within this article (repeatable)."_s, u"ID"_s},
                    {u"people"_s, u"Columns are person profiles across articles."_s},
                    {u"group-by"_s, u"Columns are the values of this speaker attribute."_s, u"ATTRIBUTE"_s},
                    {u"filter"_s, u"Only the people whose ATTRIBUTE is VALUE."_s, u"ATTRIBUTE=VALUE"_s},
                    {u"mode"_s, u"counts (default), share or per-1000-words."_s, u"MODE"_s},
                    {u"csv"_s, u"Print CSV (RFC 4180) instead of a table."_s},
                },
            .run = &Commands::matrix,
        },
        {
            .name = u"overview"_s,
            .synopsis = u"[--article ID]... [--people] [--group-by ATTRIBUTE] [--filter ATTRIBUTE=VALUE]"_s,
            .summary = u"Per speaker: turns, words, share of words, claims, themes, first and last turn."_s,
            .help =
                u"Without --article, the whole library. First and last turn are segment numbers (as "
                u"show and review count them), - for a voice in several articles. --json prints "
                u"[{\"speaker\", \"turns\", \"words\", \"share\", \"claims\", \"themes\"}] with the share "
                u"from 0 to 1."_s,
            .options =
                {
                    {u"article"_s, u"Only this article (repeatable)."_s, u"ID"_s},
                    {u"people"_s, u"One row per person profile across articles."_s},
                    {u"group-by"_s, u"One row per value of this speaker attribute."_s, u"ATTRIBUTE"_s},
                    {u"filter"_s, u"Only the people whose ATTRIBUTE is VALUE."_s, u"ATTRIBUTE=VALUE"_s},
                },
            .run = &Commands::overview,
        },
        {
            .name = u"claims"_s,
            .synopsis = u"--theme NAME [--speaker NAME]... [--article ID]..."_s,
            .summary = u"List the claims on a theme (and its sub-themes) with notes and relations."_s,
            .help = u"One claim per line: id, speaker, article and quote, then its themes, note and "
                    u"relations. --speaker keeps one speaker's (or person's) claims. --json prints [{\"id\", "
                    u"\"article\", \"title\", \"speaker\", \"quote\", \"note\", \"themes\", \"relations\": "
                    u"[{\"id\", \"from\", \"to\", \"kind\"}]}]."_s,
            .options =
                {
                    {u"theme"_s, u"The theme."_s, u"NAME"_s},
                    {u"speaker"_s, u"Only this speaker's claims (repeatable)."_s, u"NAME"_s},
                    {u"article"_s, u"Only in this article (repeatable)."_s, u"ID"_s},
                },
            .run = &Commands::listClaims,
        },
        {
            .name = u"suggest"_s,
            .synopsis = u"THEME [--article ID]... [--speaker NAME]... [--within THEME] [--rule RULE]... "
                        u"[--limit N] [--accept]"_s,
            .summary = u"Sentences matching THEME's search rules that are not claims of it yet."_s,
            .help = u"One sentence per line: article, segment, speaker and text. The rules are the theme's "
                    u"(theme rules), or --rule given here: words, \"phrases\" and prefixes*, ignoring case "
                    u"and accents. --within looks only inside claims of another theme. --accept makes every "
                    u"sentence listed a claim of THEME, in one undo step."_s,
            .options =
                {
                    {u"article"_s, u"Only in this article (repeatable)."_s, u"ID"_s},
                    {u"speaker"_s, u"Only in this speaker's turns (repeatable)."_s, u"NAME"_s},
                    {u"within"_s, u"Only inside claims of this theme."_s, u"THEME"_s},
                    {u"rule"_s, u"Look for this instead of the theme's rules (repeatable)."_s, u"RULE"_s},
                    {u"limit"_s, u"At most N suggestions (default 500)."_s, u"N"_s},
                    {u"accept"_s, u"Make the suggestions claims of THEME."_s},
                },
            .run = &Commands::suggest,
        },
        {
            .name = u"relate"_s,
            .synopsis = u"CLAIM CLAIM KIND"_s,
            .summary = u"Link two claims: agrees-with, disagrees-with, responds-to or same-point."_s,
            .help =
                u"The first claim (a highlight id) KIND the second: 12 15 responds-to says 12 responds to "
                u"15. One undo step; prints the relation's id (--json: {\"id\", \"from\", \"to\", "
                u"\"kind\"})."_s,
            .run = &Commands::relate,
            .writes = true,
        },
        {
            .name = u"unrelate"_s,
            .synopsis = u"CLAIM CLAIM"_s,
            .summary = u"Remove the links between two claims."_s,
            .help = u"Every relation between the two, either way round, in one undo step."_s,
            .run = &Commands::unrelate,
            .writes = true,
        },
        {
            .heading = u"Segmentation review (segments numbered from 1, as show prints them)"_s,
            .name = u"review"_s,
            .synopsis = u"ID\nACTION ..."_s,
            .summary = u"List segments with the rule and confidence that found each."_s,
            .help = u"Low-confidence segments are marked with !. Each action prints the segments after it, "
                    u"as review ID does, and is one undo step."_s,
            .run = &Commands::review,
        },
        {
            .name = u"review split"_s,
            .synopsis = u"ID SEGMENT POSITION [--narration]"_s,
            .summary = u"Split a segment at character POSITION of its text."_s,
            .help = u"The second part keeps the speaker, or becomes narration."_s,
            .options = {{u"narration"_s, u"The second part becomes narration."_s}},
            .run = &Commands::reviewSplit,
            .writes = true,
        },
        {
            .name = u"review merge"_s,
            .synopsis = u"ID SEGMENT"_s,
            .summary = u"Join the segment to the one before it."_s,
            .help = u"The first segment has none before it: merging it is refused."_s,
            .run = &Commands::reviewMerge,
            .writes = true,
        },
        {
            .name = u"review assign"_s,
            .synopsis = u"ID SEGMENT NAME [--bio BIO]"_s,
            .summary = u"Make the segment NAME's turn."_s,
            .help = u"NAME becomes a new speaker of the article when it is not one already."_s,
            .options = {{u"bio"_s, u"The bio of a new speaker."_s, u"BIO"_s}},
            .run = &Commands::reviewAssign,
            .writes = true,
        },
        {
            .name = u"review rename"_s,
            .synopsis = u"ID OLD NEW"_s,
            .summary = u"Rename a speaker in all its turns."_s,
            .help = u"When NEW is a speaker already, the two become one."_s,
            .run = &Commands::reviewRename,
            .writes = true,
        },
        {
            .name = u"review bio"_s,
            .synopsis = u"ID NAME BIO"_s,
            .summary = u"Set a speaker's bio."_s,
            .help = u"An empty BIO removes it."_s,
            .run = &Commands::reviewBio,
            .writes = true,
        },
        {
            .name = u"review kind"_s,
            .synopsis = u"ID SEGMENT KIND"_s,
            .summary = u"Set a segment's kind."_s,
            .help = u"KIND is caption, metadata, editor_note or narration; to make a segment a speaker's "
                    u"turn, use review assign."_s,
            .run = &Commands::reviewKind,
            .writes = true,
        },
        {
            .name = u"rules"_s,
            .synopsis = u"\nACTION ..."_s,
            .summary = u"List the segmentation rules the library remembers: id, then what each says."_s,
            .help = u"A rule is a correction made in the window's segmentation review and remembered for "
                    u"articles of the same source (a web page's site, else the file's folder) and shape; "
                    u"import and segment apply it and name it in the scheme's evidence."_s,
            .run = &Commands::rules,
        },
        {
            .name = u"rules list"_s,
            .summary = u"The same list as rules; --json adds source, scheme, label and action."_s,
            .help = u"Oldest first."_s,
            .run = &Commands::rules,
        },
        {
            .name = u"rules remove"_s,
            .synopsis = u"ID"_s,
            .summary = u"Forget rule ID: later imports no longer apply it."_s,
            .help = u"Articles already imported keep their segments."_s,
            .run = &Commands::rulesRemove,
        },
        {
            .heading = u"Export and exchange"_s,
            .name = u"export"_s,
            .synopsis =
                u"ARTICLE_ID --output FILE [--format pdf] [--page-size A4|Letter] [--only-claims] "
                u"[--themes A,B]\n"
                u"ARTICLE_ID --output FILE --format md|html|csv|jsonld [--only-claims] [--themes A,B] "
                u"[--bom]\n"
                u"--all --output FILE --format csv|md [--themes A,B] [--bom]\n"
                u"ID... --output FILE --format qdpx\n"
                u"--all --output FILE --format qdpx"_s,
            .summary = u"Write articles with their highlights, notes and themes to a file."_s,
            .help = u"pdf: an annotated PDF with real /Highlight annotations and bookmarks. md, html, csv, "
                    u"jsonld: Markdown, a self-contained HTML page, CSV (one row per highlight) or W3C Web "
                    u"Annotation JSON-LD. With --all, csv and md hold every claim of the library (Markdown "
                    u"grouped by theme, then speaker). qdpx: a REFI-QDA project for other QDA tools."_s,
            .options =
                {
                    {u"output"_s, u"The file to write."_s, u"FILE"_s},
                    {u"format"_s, u"pdf (the default), md, html, csv, jsonld or qdpx."_s, u"NAME"_s},
                    {u"page-size"_s, u"pdf: A4 (default) or Letter."_s, u"SIZE"_s},
                    {u"only-claims"_s, u"Leave out highlights without a theme."_s},
                    {u"themes"_s, u"Only claims tagged with these themes (comma-separated)."_s, u"A,B"_s},
                    {u"bom"_s, u"csv: start the file with a UTF-8 byte order mark (for spreadsheets)."_s},
                    {u"all"_s, u"Every article of the library instead of the ids given (csv, md or qdpx)."_s},
                },
            .run = &Commands::exportArticle,
        },
        {
            .name = u"import-annotations"_s,
            .synopsis = u"FILE [--article ID]"_s,
            .summary = u"Read Web Annotation JSON-LD back as highlights, notes and themes."_s,
            .help = u"The annotations go to article ID, by default the one whose text the file names, in one "
                    u"undo step; prints how many anchored, moved, fuzzy, orphaned."_s,
            .options = {{u"article"_s, u"The article to annotate."_s, u"ID"_s}},
            .run = &Commands::importAnnotations,
            .writes = true,
        },
        {
            .name = u"import-qdpx"_s,
            .synopsis = u"FILE"_s,
            .summary = u"Read a REFI-QDA project: texts, codes as themes, codings as claims."_s,
            .help = u"Texts become articles, codes themes and codings of text highlights, in one undo step; "
                    u"what cannot be imported is reported on stderr."_s,
            .run = &Commands::importQdpx,
            .writes = true,
        },
        {
            .heading = u"Team library on PostgreSQL (preview; --library postgresql://USER@HOST/DBNAME)"_s,
            .name = u"library"_s,
            .synopsis = u"ACTION ..."_s,
            .summary = u"Set up a library on a PostgreSQL server and name its members."_s,
            .help = u"--library names the database as a libpq URI: postgresql://USER@HOST:PORT/DBNAME, or "
                    u"postgresql://USER@/DBNAME?host=/SOCKET/FOLDER for a Unix socket. On such a library "
                    u"only these actions work so far."_s,
            .run = &Commands::unknownAction,
        },
        {
            .name = u"library init-server"_s,
            .summary = u"Create or update the schema, the roles and their rights."_s,
            .help = u"Run by the database's owner. Makes the group roles colloquy_reader, colloquy_coder and "
                    u"colloquy_editor where the server lacks them (this needs CREATEROLE), then brings the "
                    u"schema to the latest version with its row-level security policies. Running it again "
                    u"is harmless. --json prints {\"version\", \"previous\"}."_s,
            .run = &Commands::libraryInitServer,
        },
        {
            .name = u"library grant"_s,
            .synopsis = u"LOGIN editor|coder|reader"_s,
            .summary = u"Make an existing PostgreSQL login a member of the team."_s,
            .help = u"A reader reads everything; a coder also adds highlights, notes and tags and changes "
                    u"only their own; an editor also changes articles, their segmentation, speaker profiles "
                    u"and the codebook. Granting again replaces the member's role. The server enforces it."_s,
            .run = &Commands::libraryGrant,
        },
    };
    return table;
}

const QList<QCommandLineOption> &globalOptions()
{
    static const QList<QCommandLineOption> options = {
        {{u"h"_s, u"help"_s}, u"Print this help; COMMAND --help prints a command's."_s},
        {{u"v"_s, u"version"_s}, u"Print the version."_s},
        {u"library"_s,
            u"Use the library file PATH instead of the default, or a PostgreSQL library "
            u"(postgresql://USER@HOST/DBNAME; see library --help)."_s,
            u"PATH"_s},
        {u"json"_s, u"Print JSON (UTF-8) instead of text."_s},
    };
    return options;
}

} // namespace Colloquy::Cli
