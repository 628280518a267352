#include "segment/segmenter.h"

#include "regexview.h"

#include "logging.h"
#include "segment/castlist.h"
#include "segment/pagefurniture.h"
#include "segment/speakerheaderparser.h"
#include "segment/stagedirections.h"
#include "segment/textrules.h"
#include "segment/turnlabelparser.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

namespace {

constexpr qsizetype MaxTitleLength = 200;
constexpr qsizetype MaxTitleWords = 25;
constexpr qsizetype MaxSentenceCaseTitleWords = 14;
constexpr qsizetype MaxShortLineLength = 160;
constexpr qsizetype MaxOwnLineLabel = 110;

enum class Role
{
    Plain,
    Caption,
    Metadata,
    EditorNote,
    Header, ///< opens a speaker's turn
    Stage, ///< a stage direction or a procedural line: narration of its own
    Title,
};

struct Classified
{
    Role role = Role::Plain;
    QString paragraph; ///< the paragraph as it stands in the text
    QString text; ///< the paragraph without a label or a speaker header
    QString label;
    QString timestamp;
    std::optional<SpeakerHeader> header;
    // Shared, not held by value: a long transcript has a label on most of its paragraphs.
    std::shared_ptr<const TurnLabel> turn; ///< set when a printed label opened the turn
    /// A label at the paragraph's start, or (delimiter Line) a paragraph that is a label of its own;
    /// dropped once accepted, as a long transcript holds many.
    std::shared_ptr<const TurnLabel> candidate;
    SegmentDetection detection;
    const LineCue *cue = nullptr; ///< what the source's markup said of the paragraph's first line
    PageFurniture::Kind furniture = PageFurniture::Kind::None;
    bool signature = false; ///< `—Name, Town` after a letter (its parts in SegmenterRun::m_signatureLines)
    bool consumed = false; ///< read into the header before it (a bio line, a signature)
    bool answer = false; ///< an unlabelled answer: the interviewee speaks
    bool question = false; ///< a bold question: the interviewer speaks
    bool fieldLabel = false; ///< a sub-label under an expert's heading, not a speaker
    bool split = false; ///< part of a paragraph that a label inside it split: never the title
    bool inLetter = false; ///< text of a signed letter: its writer's, whatever labels it quotes
    /// `text` is a view into `paragraph`'s buffer (a turn's speech after its label), not a copy of
    /// its own: copied once into the segment, and never kept past `paragraph`.
    bool textIsView = false;
};

const QRegularExpression &captionPattern()
{
    // Credits printed under pictures: `Photo: VCG`, `Illustration: Liu Rui/GT`, `Photo by …`.
    static const QRegularExpression re(
        u"^(?:(?:photo(?:graph)?s?|images?|pictures?|illustrations?|graphics?|charts?|maps?|videos?|cartoons?"
        u"|infographics?|photo (?:credit|illustration)|credits?|file photo)\\s*[:\uff1a]"
        u"|(?:photo|illustration|image|graphic|picture)s?\\s+(?:by|courtesy of|credit)\\b"
        u"|from (?:left|right)\\b|left to right\\b|pictured\\b|clockwise from\\b)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &metadataPattern()
{
    static const QRegularExpression re(
        u"^(?:(?:published|updated|posted|date|source|sources|by|authors?|written by|edited by|reporters?"
        u"|translated by|tags?|keywords|filed under|first published|last updated)\\s*[:\uff1a]"
        // A byline: `By Ana Lima and Rui Sá`, `By the Opinion Desk · 3 March` (a date after a separator).
        // Case-sensitive, because PCRE2 10.45 lets a caseless \p{Lu} match lower case letters too.
        u"|(?-i:[Bb]y\\s+(?:[Tt]he\\s+)?\\p{Lu}[\\p{L}.'\u2019-]+(?:\\s+\\p{Lu}[\\p{L}.'\u2019-]+){0,4}"
        u"(?:\\s*(?:,|and|&)\\s*\\p{Lu}[\\p{L}.'\u2019-]+(?:\\s+\\p{Lu}[\\p{L}.'\u2019-]+){0,4})*"
        u"\\s*(?:[\u00b7|\u2022\u2014\u2013]\\s*[^.!?]{1,40})?$))"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &editorNotePattern()
{
    // The label as printed, then an optional colon or dash glued to the note (`Editor's Note:The …`).
    static const QRegularExpression re(
        u"^(editor(?:'|\u2019)?s(?:'|\u2019)?\\s+note|editorial\\s+note|note\\s+from\\s+the\\s+editors?"
        u"|editor(?:'|\u2019)?s(?:'|\u2019)?\\s+introduction)\\s*(?:[:\uff1a.\u2014\u2013-]\\s*|$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// `STATEMENT OF ARTURO BEJAR, FORMER DIRECTOR …`: a witness's heading in a hearing; its apposition is
// the bio of the witness's next turn.
const QRegularExpression &statementHeading()
{
    static const QRegularExpression re(
        u"^(?:(?:PREPARED |OPENING )?STATEMENT|TESTIMONY|REMARKS) OF ((?:(?:HON|DR|MR|MS|MRS)\\.? )?"
        u"[\\p{Lu}.'\u2019-]+(?: [\\p{Lu}.'\u2019-]+){1,3}), (.{3,200})$"_s);
    return re;
}

// Cheap tests before a pattern runs: most paragraphs of a long transcript are none of these.
bool mayBeCaption(QStringView paragraph)
{
    static const QSet<QString> openers {u"photo"_s, u"photos"_s, u"photograph"_s, u"photographs"_s,
        u"image"_s, u"images"_s, u"picture"_s, u"pictures"_s, u"illustration"_s, u"illustrations"_s,
        u"graphic"_s, u"graphics"_s, u"chart"_s, u"charts"_s, u"map"_s, u"maps"_s, u"video"_s, u"videos"_s,
        u"cartoon"_s, u"cartoons"_s, u"infographic"_s, u"infographics"_s, u"credit"_s, u"credits"_s,
        u"file"_s, u"from"_s, u"left"_s, u"pictured"_s, u"clockwise"_s};
    qsizetype end = 0;
    while (end < paragraph.size() && end < 16 && paragraph.at(end).isLetter())
        ++end;
    return openers.contains(paragraph.first(end).toString().toLower());
}

bool mayBeMetadata(QStringView paragraph)
{
    const QStringView head = paragraph.first(std::min<qsizetype>(paragraph.size(), 24));
    return head.contains(u':') || head.contains(u'\uff1a') || head.startsWith(u"By "_s, Qt::CaseInsensitive);
}

bool mayBeEditorNote(QStringView paragraph)
{
    return paragraph.startsWith(u"Editor"_s, Qt::CaseInsensitive) ||
        paragraph.startsWith(u"Note from"_s, Qt::CaseInsensitive);
}

// Most longer words capitalised: `What Would Fix Your Commute?` is a headline, not a question asked.
bool isTitleCase(QStringView text)
{
    qsizetype longWords = 0;
    qsizetype capitalised = 0;
    for (const QStringView word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (word.size() < 4)
            continue;
        ++longWords;
        capitalised += word.at(0).isUpper();
    }
    return longWords > 0 && capitalised * 10 >= longWords * 6;
}

bool looksLikeTitle(QStringView paragraph)
{
    if (paragraph.isEmpty())
        return false;
    const qsizetype words = TextRules::wordCount(paragraph);
    if (paragraph.size() > MaxTitleLength || words > MaxTitleWords)
        return false;
    const QChar last = paragraph.back();
    // `NASA OFFICE OF PUBLIC AFFAIRS WASHINGTON, D.C.` ends in an abbreviation, not a sentence.
    if ((last == u'.' && TextRules::isSentenceEnd(paragraph, paragraph.size() - 1)) || last == u',' ||
        last == u';' || last == u':' || last == u'\u3002' || last == u'\uff1a')
        return false;
    // Long lines are titles only in title case; a long sentence-case line is a sentence.
    if (words <= MaxSentenceCaseTitleWords)
        return true;
    qsizetype longWords = 0;
    qsizetype capitalised = 0;
    for (const QStringView word : paragraph.split(u' ')) {
        if (word.size() < 4)
            continue;
        ++longWords;
        if (word.at(0).isUpper())
            ++capitalised;
    }
    return capitalised * 10 >= longWords * 6;
}

// A line that never runs on into the next when a text is hard-wrapped: a bracket, a page marker,
// a heading in capitals.
bool standsAlone(QStringView line)
{
    if (line.size() > 70)
        return false;
    if (line.startsWith(u'[') || line.startsWith(u'{') || line.endsWith(u']'))
        return true;
    return std::none_of(line.begin(), line.end(), [](QChar c) { return c.isLower(); });
}

// The speaker a label names, whatever office-holder it adds: `The SPEAKER pro tempore (Mr. Foley)` is
// `The SPEAKER pro tempore`.
QString labelKey(const TurnLabel &turn)
{
    if (turn.occupant.isEmpty())
        return turn.label;
    const qsizetype open = turn.label.lastIndexOf(u'(');
    return open > 0 ? turn.label.first(open).trimmed() : turn.label;
}

// `Dr. Redfield`, `MR. AUGUSTINE`, `Operator`: a label that names a person by title or a role, which a
// transcript may use once.
bool isPersonLabel(const TurnLabel &turn)
{
    if (TurnLabelParser::isRoleLabel(turn.label))
        return true;
    const QStringView first = QStringView(turn.label).split(u' ').constFirst();
    return turn.label.contains(u' ') && TurnLabelParser::isTitleWord(first);
}

// Paragraphs are lines. A hard-wrapped text (short lines in blank-line separated blocks) is joined,
// except before a line that opens with a label the article uses elsewhere, and around lines that stand
// alone: a record printed without blank lines (`  Mr. PASCRELL. Mr. Speaker, …`) keeps its turns apart.
struct Paragraphs
{
    QStringList texts;
    QList<qsizetype> firstLines;
};

struct Line
{
    QStringView text;
    qsizetype number;
};
using Block = QList<Line>;

// Non-empty trimmed lines in blocks separated by blank lines.
QList<Block> blocksOf(const QString &text)
{
    const QList<QStringView> rawLines = QStringView(text).split(u'\n');
    QList<Block> blocks(1);
    for (qsizetype i = 0; i < rawLines.size(); ++i) {
        const QStringView line = rawLines.at(i).trimmed();
        if (line.isEmpty()) {
            if (!blocks.constLast().isEmpty())
                blocks.append(Block());
            continue;
        }
        blocks.last().append({line, i});
    }
    if (blocks.constLast().isEmpty())
        blocks.removeLast();
    return blocks;
}

// A wrapped line stops mid-sentence, and either the next line goes on in lower case or the line
// fills most of the measure; short lines of titles, bylines and dates do neither.
bool isHardWrapped(const QList<Block> &blocks)
{
    qsizetype wrappedLines = 0;
    qsizetype linesInBlocks = 0;
    for (const Block &block : blocks) {
        if (block.size() < 2)
            continue;
        qsizetype measure = 0;
        for (const Line &line : block)
            measure = std::max(measure, line.text.size());
        for (qsizetype i = 0; i + 1 < block.size(); ++i) {
            ++linesInBlocks;
            const QStringView line = block.at(i).text;
            static const QString sentenceEnds = u".?!:\"\u201d\u3002\uff01\uff1f\uff1a"_s;
            const bool endsSentence = sentenceEnds.contains(line.back());
            const QChar next = block.at(i + 1).text.front();
            const bool goesOn = next.isLower() || line.size() * 10 >= measure * 7;
            if (line.size() <= 100 && !endsSentence && goesOn)
                ++wrappedLines;
        }
    }
    return linesInBlocks >= 3 && wrappedLines * 10 >= linesInBlocks * 6;
}

// Lines are paragraphs, except a long line cut mid-sentence whose next line goes on in lower case.
Paragraphs paragraphsOfLines(const QList<Block> &blocks)
{
    Paragraphs result;
    for (const Block &block : blocks) {
        for (qsizetype i = 0; i < block.size(); ++i) {
            const QStringView line = block.at(i).text;
            static const QString sentenceEnds = u".?!:;\"\u201d)\u3002\uff01\uff1f\uff1a"_s;
            if (i > 0 && line.front().isLower() && block.at(i - 1).text.size() >= 40 &&
                !sentenceEnds.contains(block.at(i - 1).text.back()) && !result.texts.isEmpty()) {
                result.texts.last() += u' ' + line;
                continue;
            }
            result.texts.append(line.toString());
            result.firstLines.append(block.at(i).number);
        }
    }
    return result;
}

// The turn labels of a hard-wrapped text, line by line: labels that open lines more than once are the
// article's turn labels; once its form recurs, a label of that form after a finished sentence opens a
// turn too.
QList<QList<bool>> turnOpenings(const QList<Block> &blocks)
{
    QHash<QString, int> labelCounts;
    QHash<TurnLabel::Delimiter, int> recurringForms;
    QList<QList<std::optional<TurnLabel>>> lineLabels;
    for (const Block &block : blocks) {
        QList<std::optional<TurnLabel>> labels;
        for (const Line &line : block) {
            labels.append(TurnLabelParser::parse(line.text));
            if (labels.constLast() && ++labelCounts[labelKey(*labels.constLast())] == 2)
                ++recurringForms[labels.constLast()->delimiter];
        }
        lineLabels.append(labels);
    }
    QList<QList<bool>> openings;
    for (qsizetype b = 0; b < blocks.size(); ++b) {
        const Block &block = blocks.at(b);
        QList<bool> opens;
        for (qsizetype i = 0; i < block.size(); ++i) {
            const auto &label = lineLabels.at(b).at(i);
            const bool afterSentence =
                i > 0 && TextRules::isSentenceEnd(block.at(i - 1).text, block.at(i - 1).text.size() - 1);
            opens.append(label && label->delimiter != TurnLabel::Delimiter::Space &&
                (labelCounts.value(labelKey(*label)) >= 2 ||
                    (afterSentence && recurringForms.value(label->delimiter) >= 2)));
        }
        openings.append(opens);
    }
    return openings;
}

// A hard-wrapped text's lines joined into paragraphs, broken before a turn label and around lines that
// stand alone.
Paragraphs joinWrappedLines(const QList<Block> &blocks)
{
    const QList<QList<bool>> openings = turnOpenings(blocks);
    Paragraphs result;
    for (qsizetype b = 0; b < blocks.size(); ++b) {
        const Block &block = blocks.at(b);
        QString paragraph;
        qsizetype first = -1;
        bool previousAlone = false;
        auto flush = [&]() {
            if (paragraph.isEmpty())
                return;
            result.texts.append(paragraph);
            result.firstLines.append(first);
            paragraph.clear();
        };
        for (qsizetype i = 0; i < block.size(); ++i) {
            const QStringView line = block.at(i).text;
            const bool alone = standsAlone(line) || TurnLabelParser::timestampLength(line) > 0;
            if (!paragraph.isEmpty() && (openings.at(b).at(i) || alone || previousAlone))
                flush();
            if (paragraph.isEmpty())
                first = block.at(i).number;
            else
                paragraph += u' ';
            paragraph += line;
            previousAlone = alone;
        }
        flush();
    }
    return result;
}

Paragraphs splitParagraphs(const QString &text)
{
    const QList<Block> blocks = blocksOf(text);
    return isHardWrapped(blocks) ? joinWrappedLines(blocks) : paragraphsOfLines(blocks);
}

// A question the page marked: set in bold, or in a block whose class says so (`<p class="question">`).
bool marksQuestion(const LineCue *cue)
{
    if (!cue)
        return false;
    if (cue->bold)
        return true;
    static const QRegularExpression classWord(
        u"(?:^|[\\s_-])(?:q|question|questions|ask|interviewer)(?:$|[\\s_-])"_s);
    return !cue->blockClass.isEmpty() && classWord.match(cue->blockClass).hasMatch();
}

// A paragraph that is nothing but a label (`Operator`, `CHIDI OKAFOR, HOST:`), not yet accepted.
bool ownsLine(const Classified &item)
{
    return item.candidate && item.candidate->delimiter == TurnLabel::Delimiter::Line;
}

SegmentDetection turnDetection(const TurnLabel &turn, int occurrences, bool backed)
{
    if (!backed)
        return {u"turn-label-lone"_s, 0.6};
    if (turn.form == TurnLabel::Form::QuestionAnswer)
        return {u"turn-label-qa"_s, 0.95};
    switch (turn.delimiter) {
    case TurnLabel::Delimiter::FullStop:
        return {u"turn-label-full-stop"_s, std::min(0.95, 0.7 + 0.05 * occurrences)};
    case TurnLabel::Delimiter::Space:
        return {u"turn-label-initials"_s, 0.85};
    case TurnLabel::Delimiter::Line:
        return {u"turn-label-own-line"_s, std::min(0.95, 0.7 + 0.05 * occurrences)};
    case TurnLabel::Delimiter::Colon:
        break;
    }
    if (!turn.role.isEmpty())
        return {u"turn-label-role"_s, 0.9};
    if (turn.form == TurnLabel::Form::Name && turn.nameWords >= 2 && occurrences < 2)
        return {u"turn-label-name"_s, 0.85};
    return {u"turn-label-recurring"_s, std::min(0.97, 0.75 + 0.05 * occurrences)};
}

// Words the article also uses in lower case: `Winter Storms` is a subheading when the text speaks of
// winter and storms; a person's name is never written in lower case.
bool wordsAllInLowerCase(QStringView heading, const QHash<QString, bool> &lowerWords)
{
    const auto words = heading.split(u' ', Qt::SkipEmptyParts);
    return std::all_of(words.cbegin(), words.cend(),
        [&](QStringView word) { return lowerWords.value(word.toString().toLower()); });
}

// A bio printed on its own line under a name heading: short, no sentence, some lower-case words.
bool isBioLine(QStringView line)
{
    if (line.size() > MaxShortLineLength || TextRules::findSentenceEnd(line) >= 0 || line.endsWith(u'.'))
        return false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line.at(i).isLower() && (i == 0 || line.at(i - 1) == u' '))
            return true;
    }
    return false;
}

bool hasFirstPerson(QStringView text)
{
    static const QRegularExpression re(u"\\b(?:I|me|my|we|us|our|I'm|I\u2019m)\\b"_s);
    return matchView(re, text).hasMatch();
}

/// One run of the segmenter over one article: the paragraphs, what each may be, and the
/// document-level decisions that turn candidates into boundaries.
// How far the article backs each turn label: how often the label recurs, and which label forms the
// article uses throughout (`Mr. Bejar.` once among recurring `Chair Blumenthal.`).
class TurnBacking
{
public:
    TurnBacking(const QList<Classified> &items, const QString &text);

    int count(const TurnLabel &turn) const { return m_counts.value(labelKey(turn)); }
    qsizetype backedTurns() const { return m_backedTurns; }
    bool backed(const TurnLabel &turn) const;

private:
    bool backedExceptSpaced(const TurnLabel &turn) const;

    const QString &m_text;
    QHash<QString, int> m_counts;
    QSet<QString> m_periodLabels;
    QHash<QString, int> m_fullStopCounts;
    QHash<QString, int> m_initialsCounts;
    bool m_fullStopScheme = false;
    qsizetype m_recurringInitials = 0;
    qsizetype m_backedTurns = 0;
};

TurnBacking::TurnBacking(const QList<Classified> &items, const QString &text)
    : m_text(text)
{
    int fullStopTotal = 0;
    for (const Classified &item : items) {
        const auto &turn = item.candidate;
        if (!turn || turn->delimiter == TurnLabel::Delimiter::Line)
            continue;
        ++m_counts[labelKey(*turn)];
        if (turn->periodDelimited) {
            m_periodLabels.insert(turn->label);
        } else if (turn->delimiter == TurnLabel::Delimiter::FullStop) {
            ++fullStopTotal;
            ++m_fullStopCounts[labelKey(*turn)];
        } else if (turn->delimiter == TurnLabel::Delimiter::Space && turn->label != u"Q"_s) {
            ++m_initialsCounts[turn->label];
        }
    }
    const auto recurringFullStop = std::count_if(
        m_fullStopCounts.cbegin(), m_fullStopCounts.cend(), [](int count) { return count >= 2; });
    m_fullStopScheme = fullStopTotal >= 3 && recurringFullStop >= 1 && m_fullStopCounts.size() >= 2;
    m_recurringInitials = std::count_if(
        m_initialsCounts.cbegin(), m_initialsCounts.cend(), [](int count) { return count >= 2; });
    // A role that transcripts use (`MODERATOR:`, `Operator:`) backs the article's other labels, though
    // printed once it is itself a lone label.
    for (const Classified &item : items) {
        if (item.candidate && item.candidate->delimiter != TurnLabel::Delimiter::Line &&
            (backedExceptSpaced(*item.candidate) ||
                (item.candidate->delimiter == TurnLabel::Delimiter::Colon &&
                    TurnLabelParser::isRoleLabel(item.candidate->label))))
            ++m_backedTurns;
    }
}

bool TurnBacking::backedExceptSpaced(const TurnLabel &turn) const
{
    if (turn.periodDelimited)
        return m_periodLabels.size() == 2; // `A. Smith said` is an initial; `Q.` and `A.` are an interview
    if (turn.delimiter == TurnLabel::Delimiter::FullStop) {
        if (!m_fullStopScheme)
            return false;
        return m_fullStopCounts.value(labelKey(turn)) >= 2 || turn.form == TurnLabel::Form::Title ||
            turn.label.contains(u' ');
    }
    if (turn.delimiter == TurnLabel::Delimiter::Space)
        return false;
    return turn.form == TurnLabel::Form::QuestionAnswer || count(turn) >= 2 ||
        (turn.form == TurnLabel::Form::Name && turn.nameWords >= 2) || !turn.role.isEmpty();
}

bool TurnBacking::backed(const TurnLabel &turn) const
{
    if (turn.delimiter != TurnLabel::Delimiter::Space)
        return backedExceptSpaced(turn);
    // `Q  Why?` among other labels; `AB Good morning` where the prose defines `(AB)` or both voices
    // recur.
    if (turn.label == u"Q"_s)
        return m_counts.value(turn.label) >= 2 && m_backedTurns >= 2;
    return m_text.contains(u'(' + turn.label + u')') ||
        (m_recurringInitials >= 2 && m_initialsCounts.value(turn.label) >= 2);
}

/// A label found inside a paragraph: where it starts, where its colon is, and what it says.
struct MidlineLabel
{
    qsizetype start = 0;
    qsizetype colon = 0;
    QString label;
};

// The turns a segmentation opened, as a scheme's evidence counts them.
struct TurnTally
{
    QHash<QString, int> labelCounts;
    QStringList labelOrder;
    QHash<TurnLabel::Delimiter, int> delimiters;
    int turns = 0;
    int qa = 0;
    int glued = 0;
    int headed = 0;
    int alternations = 0;
    int consecutive = 0;
};

class SegmenterRun
{
public:
    SegmenterRun(const QString &text, const QList<LineCue> &cues)
        : m_text(text)
        , m_headerParser(text)
    {
        for (const LineCue &cue : cues)
            m_cues.insert(cue.line, cue);
    }

    Segmentation run();

private:
    void classify(const Paragraphs &paragraphs);
    void repeatGluedHeaders();
    void acceptTurns();
    bool explainedByProse(const TurnLabel &turn, std::optional<CastList> &prose) const;
    void acceptOwnLineLabels();
    void acceptNameLines();
    QHash<QString, bool> lowerCaseWords() const;
    QHash<QString, int> recurringCapitalsLines() const;
    void preferTranscript();
    void rejectFieldLabels();
    void rejectSignOffs();
    void acceptSignatures();
    void requireSpeechAfterHeadings();
    void splitMidlineLabels();
    QSet<qsizetype> findLabelledParagraphs(QSet<QString> &known, QHash<QString, TurnLabel> &labels) const;
    void splitAtLabels(Classified &item, const QList<MidlineLabel> &found,
        const QHash<QString, TurnLabel> &labels, QList<Classified> &items);
    void acceptUnlabelledAnswers();
    void markProceduralLines();
    void markFurniture();
    void chooseTitle();
    void resolveCast();
    QSet<QString> gatherCast();
    void readSpeechForNames(const QSet<QString> &printed);
    QHash<QString, QString> readStatementHeadings();
    QString resolvedName(const TurnLabel &turn);
    QList<Segment> buildSegments();
    SegmentationScheme describeScheme(const QList<Segment> &segments) const;
    TurnTally tallyTurns() const;
    void describeLabelledScheme(
        SegmentationScheme &scheme, const TurnTally &tally, const QList<Segment> &segments) const;
    void addSideEvidence(SegmentationScheme &scheme, const QList<Segment> &segments) const;

    static QString personWithoutOffice(const QString &label);
    void makeTurn(Classified &item, const TurnLabel &turn, const SegmentDetection &detection);
    void revertToPlain(Classified &item);
    qsizetype firstTurn() const;
    int acceptedTurns() const;

    const QString &m_text;
    SpeakerHeaderParser m_headerParser;
    QHash<qsizetype, LineCue> m_cues;
    QHash<qsizetype, std::pair<QString, QString>> m_signatureLines; ///< item → the writer's name and bio
    QList<Classified> m_items;
    CastList m_cast;
    QString m_title;

    // What the scheme's evidence reports.
    int m_fieldLabels = 0;
    QStringList m_fieldLabelNames;
    int m_midlineSplits = 0;
    QStringList m_midlineLabels;
    int m_headFurniture = 0;
    int m_answers = 0;
    int m_boldQuestions = 0;
    int m_signatures = 0;
    int m_droppedHeaders = 0;
    QStringList m_resolutions;
};

void SegmenterRun::classify(const Paragraphs &paragraphs)
{
    m_items.reserve(paragraphs.texts.size());
    for (qsizetype i = 0; i < paragraphs.texts.size(); ++i) {
        const QString &paragraph = paragraphs.texts.at(i);
        Classified item;
        item.paragraph = paragraph;
        item.text = paragraph;
        if (const auto cue = m_cues.constFind(paragraphs.firstLines.at(i)); cue != m_cues.cend())
            item.cue = &cue.value();
        const bool shortLine = paragraph.size() <= MaxShortLineLength;
        const std::optional<TurnLabel> label = TurnLabelParser::parse(paragraph);

        if (shortLine && mayBeCaption(paragraph) && captionPattern().match(paragraph).hasMatch()) {
            item.role = Role::Caption;
            item.detection = {u"caption-label"_s, 0.95};
        } else if (shortLine && mayBeMetadata(paragraph) && metadataPattern().match(paragraph).hasMatch()) {
            item.role = Role::Metadata;
            item.detection = {u"metadata-label"_s, 0.9};
        } else if (const auto note = mayBeEditorNote(paragraph) ? editorNotePattern().match(paragraph)
                                                                : QRegularExpressionMatch();
                   note.hasMatch()) {
            item.role = Role::EditorNote;
            item.label = note.captured(1);
            item.text = paragraph.mid(note.capturedEnd()).trimmed();
            item.detection = {u"editor-note-label"_s, 0.98};
        } else if (shortLine && (!label || label->textStart >= paragraph.size()) &&
            (item.furniture = PageFurniture::classify(paragraph)) != PageFurniture::Kind::None) {
            item.role = Role::Metadata;
            item.detection = {u"page-furniture"_s, 0.85};
        } else if (StageDirections::isStageDirection(paragraph)) {
            item.role = Role::Stage;
            item.detection = {u"stage-direction"_s, 0.9};
        } else {
            if (label && label->textStart < paragraph.size())
                item.candidate = std::make_shared<const TurnLabel>(*label);
            else if (paragraph.size() <= MaxOwnLineLabel)
                if (const auto own = TurnLabelParser::parseOwnLine(paragraph))
                    item.candidate = std::make_shared<const TurnLabel>(*own);
            const qsizetype comma = paragraph.indexOf(u',');
            const bool mayIntroduce = (comma > 0 && comma <= 81) || paragraph.endsWith(u')');
            if (auto header = mayIntroduce ? m_headerParser.parse(paragraph) : std::nullopt) {
                item.role = Role::Header;
                item.text = paragraph.mid(header->textStart).trimmed();
                item.detection = {header->rule, header->confidence};
                item.header = std::move(header);
            }
            QString name;
            QString bio;
            if (paragraph.size() <= 120 && StageDirections::parseSignature(paragraph, &name, &bio)) {
                item.signature = true;
                m_signatureLines.insert(m_items.size(), {name, bio});
            }
        }
        m_items.append(std::move(item));
    }
}

// Repetition across the article: where two speakers or more are introduced glued to their speech,
// another `Name, bio…` paragraph is most likely one more, even with a weak seam.
void SegmenterRun::repeatGluedHeaders()
{
    const auto glued = std::count_if(
        m_items.cbegin(), m_items.cend(), [](const Classified &c) { return c.header && !c.header->ownLine; });
    if (glued < 2)
        return;
    for (Classified &item : m_items) {
        if (item.role != Role::Plain || item.candidate)
            continue;
        if (auto header = m_headerParser.parse(item.paragraph, true); header && !header->ownLine) {
            item.role = Role::Header;
            item.text = item.paragraph.mid(header->textStart).trimmed();
            item.detection = {header->rule, header->confidence};
            item.header = std::move(header);
        }
    }
}

void SegmenterRun::makeTurn(Classified &item, const TurnLabel &turn, const SegmentDetection &detection)
{
    item.role = Role::Header;
    item.turn = std::make_shared<const TurnLabel>(turn);
    item.label = turn.label;
    item.timestamp = turn.timestamp;
    // The speech after the label, without a copy: a transcript is mostly speech after labels.
    const QStringView speech = turn.textStart >= item.paragraph.size()
        ? QStringView()
        : QStringView(item.paragraph).sliced(turn.textStart).trimmed();
    item.text = speech.isEmpty() ? QString() : QString::fromRawData(speech.data(), speech.size());
    item.textIsView = !speech.isEmpty();
    item.detection = detection;
    item.header = SpeakerHeader {turn.label, turn.role, turn.textStart,
        turn.delimiter == TurnLabel::Delimiter::Line, detection.rule, detection.confidence};
    item.candidate.reset(); // last: `turn` may be it
}

void SegmenterRun::revertToPlain(Classified &item)
{
    item.role = Role::Plain;
    item.text = item.paragraph;
    item.textIsView = false;
    item.header.reset();
    item.turn.reset();
    item.label.clear();
    item.timestamp.clear();
    item.detection = {};
}

// A label the article explains is backed by it: `Baal` after `Ortwin Baal draws maps`, `TR` after
// `He spoke to The Review`. The prose is read only when a label needs it.
bool SegmenterRun::explainedByProse(const TurnLabel &turn, std::optional<CastList> &prose) const
{
    if (!prose) {
        prose.emplace();
        auto isProse = [&](qsizetype i) {
            return !m_items.at(i).candidate || ownsLine(m_items.at(i));
        };
        qsizetype first = 0;
        while (first < m_items.size() && isProse(first))
            ++first;
        for (qsizetype i = 0; i < m_items.size(); ++i) {
            if (isProse(i))
                prose->addProse(m_items.at(i).text, i < first);
        }
    }
    if (turn.form == TurnLabel::Form::Outlet)
        return prose->knowsOutlet(turn.label);
    return turn.form != TurnLabel::Form::QuestionAnswer && !prose->resolve(turn).isEmpty();
}

// A label opens a turn when the article backs it: it recurs, it is a full name or `Q`/`A`, it
// carries a role, the prose defines it, or it belongs to a form the article uses throughout
// (`Mr. Bejar.` once among recurring `Chair Blumenthal.`). A lone `Roundtable:` does not.
void SegmenterRun::acceptTurns()
{
    const TurnBacking backing(m_items, m_text);
    std::optional<CastList> prose;
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        Classified &item = m_items[i];
        const auto &turn = item.candidate;
        if (!turn || turn->delimiter == TurnLabel::Delimiter::Line)
            continue;
        const QStringView text =
            QStringView(item.paragraph).sliced(std::min(turn->textStart, item.paragraph.size()));
        // The first line of an article is its title when what follows the colon is no sentence
        // (`Radio Call-In: Allotment Season`).
        if (i == 0 && m_items.size() > 1 && looksLikeTitle(item.paragraph) &&
            (TextRules::findSentenceEnd(text) < 0 || (text.endsWith(u'?') && isTitleCase(text))))
            continue;
        // In a transcript, a guest who speaks once still speaks, if the line is an utterance; a label
        // that names a person by title needs less company.
        const bool isBacked = backing.backed(*turn);
        const bool lone = !isBacked && turn->delimiter == TurnLabel::Delimiter::Colon && i > 0 &&
            (backing.backedTurns() >= 2 || (backing.backedTurns() >= 1 && isPersonLabel(*turn))) &&
            TextRules::findSentenceEnd(text) >= 0;
        if (!isBacked && !lone) {
            if (turn->delimiter == TurnLabel::Delimiter::Colon && i > 0 &&
                TextRules::findSentenceEnd(text) >= 0 && explainedByProse(*turn, prose))
                makeTurn(item, *turn, {u"turn-label-cast"_s, 0.85});
            continue;
        }
        makeTurn(item, *turn, turnDetection(*turn, backing.count(*turn), isBacked));
    }
}

// Labels on a line of their own (`Operator`, `Ms. Dara Quinn (Eastfield)`, `CHIDI OKAFOR, HOST:`,
// `Lena Park: (02:17)`, `Rosa Delgado -- Chief Financial Officer`) when the article has several and
// speech follows each.
void SegmenterRun::acceptOwnLineLabels()
{
    QHash<QString, int> counts;
    QList<qsizetype> candidates;
    for (qsizetype i = 0; i + 1 < m_items.size(); ++i) {
        const Classified &item = m_items.at(i);
        if (item.role == Role::Plain && ownsLine(item) && m_items.at(i + 1).role == Role::Plain &&
            !ownsLine(m_items.at(i + 1))) {
            candidates.append(i);
            ++counts[item.candidate->label];
        }
    }
    const int turns = acceptedTurns();
    if (candidates.size() < 2 && !(candidates.size() == 1 && turns >= 2))
        return;
    const bool recurring = std::any_of(counts.cbegin(), counts.cend(), [](int count) { return count >= 2; });
    if (!recurring && counts.size() < 3 && turns < 2)
        return;
    for (const qsizetype i : std::as_const(candidates)) {
        Classified &item = m_items[i];
        const TurnLabel turn = *item.candidate;
        makeTurn(item, turn, turnDetection(turn, counts.value(turn.label), true));
    }
}

// Headings that are nothing but a name (`## Ana Lima` in Markdown), when the article has several,
// with the bio line beneath when there is one.
// Which words of the candidate headings the article also writes in lower case.
QHash<QString, bool> SegmenterRun::lowerCaseWords() const
{
    QHash<QString, bool> lowerWords;
    for (qsizetype i = 0; i + 1 < m_items.size(); ++i) {
        const QString &paragraph = m_items.at(i).paragraph;
        if (m_items.at(i).role != Role::Plain || paragraph.size() > 80 ||
            SpeakerHeaderParser::personNameWords(paragraph) < 2)
            continue;
        for (const QStringView word : QStringView(paragraph).split(u' ', Qt::SkipEmptyParts))
            lowerWords.insert(word.toString().toLower(), false);
    }
    for (const Classified &item : std::as_const(m_items)) {
        const QString &paragraph = item.paragraph;
        for (qsizetype i = 0; i < paragraph.size(); ++i) {
            if (!paragraph.at(i).isLower() || (i > 0 && paragraph.at(i - 1).isLetter()))
                continue;
            qsizetype end = i;
            while (end < paragraph.size() &&
                (paragraph.at(end).isLetter() || paragraph.at(end) == u'\'' || paragraph.at(end) == u'-'))
                ++end;
            // A view into the paragraph: no copy for the many words that are no heading's.
            const QString word = QString::fromRawData(paragraph.constData() + i, end - i);
            if (auto found = lowerWords.find(word); found != lowerWords.end())
                *found = true;
            i = end;
        }
    }
    return lowerWords;
}

QHash<QString, int> SegmenterRun::recurringCapitalsLines() const
{
    // Names in capitals on their own line (`MARIA LOPEZ`, as transcripts print them) count when two
    // or more of them recur: one recurring capitals line is a section label.
    static const QRegularExpression capitalsLine(
        u"^\\p{Lu}[\\p{Lu}.'\u2019-]*(?: [\\p{Lu}.'\u2019-]+){0,3}$"_s);
    QHash<QString, int> capitalsCounts;
    for (qsizetype i = 0; i + 1 < m_items.size(); ++i) {
        const QString &paragraph = m_items.at(i).paragraph;
        if (m_items.at(i).role == Role::Plain && m_items.at(i + 1).role == Role::Plain &&
            paragraph.size() <= 40 && capitalsLine.match(paragraph).hasMatch())
            ++capitalsCounts[paragraph];
    }
    capitalsCounts.removeIf([](const auto &entry) { return entry.value() < 2; });
    if (capitalsCounts.size() < 2)
        capitalsCounts.clear();
    return capitalsCounts;
}

void SegmenterRun::acceptNameLines()
{
    const QHash<QString, int> capitalsCounts = recurringCapitalsLines();
    // Read once, for the candidates' words only, when a candidate needs it.
    std::optional<QHash<QString, bool>> lowerWords;
    QList<qsizetype> nameLines;
    for (qsizetype i = 0; i + 1 < m_items.size(); ++i) {
        const QString &paragraph = m_items.at(i).paragraph;
        if (m_items.at(i).role != Role::Plain || paragraph.size() > 80)
            continue;
        if (capitalsCounts.contains(paragraph) && m_items.at(i + 1).role == Role::Plain) {
            nameLines.append(i);
            continue;
        }
        const qsizetype words = SpeakerHeaderParser::personNameWords(paragraph);
        if (words < 2 || m_items.at(i + 1).role != Role::Plain)
            continue;
        if (!lowerWords)
            lowerWords = lowerCaseWords();
        if (!wordsAllInLowerCase(paragraph, *lowerWords))
            nameLines.append(i);
    }
    if (nameLines.size() < 2)
        return;
    for (const qsizetype i : std::as_const(nameLines)) {
        Classified &item = m_items[i];
        item.role = Role::Header;
        // Confidence grows with how many such headings the article has.
        item.detection = {u"name-heading"_s, std::min(0.95, 0.7 + 0.05 * double(nameLines.size()))};
        QString bio;
        if (i + 2 < m_items.size() && m_items.at(i + 2).role == Role::Plain &&
            isBioLine(m_items.at(i + 1).paragraph)) {
            bio = m_items.at(i + 1).paragraph;
            m_items[i + 1].consumed = true;
        }
        item.header = SpeakerHeader {
            item.paragraph, bio, item.paragraph.size(), true, item.detection.rule, item.detection.confidence};
        item.text.clear();
    }
}

// A transcript explained by its labels throughout: introductions without a label that stand before
// its first turn are a cover page or a roster (`MICHAEL HAWES, Associate Administrator …`), not voices.
void SegmenterRun::preferTranscript()
{
    const int turns = acceptedTurns();
    const qsizetype first = firstTurn();
    if (turns < 3 || first < 0)
        return;
    int headers = 0;
    for (const Classified &item : std::as_const(m_items))
        headers += item.role == Role::Header && !item.turn;
    if (turns < 2 * headers)
        return;
    for (qsizetype i = 0; i < first; ++i) {
        Classified &item = m_items[i];
        if (item.role == Role::Header && !item.turn) {
            revertToPlain(item);
            ++m_droppedHeaders;
        }
    }
}

// Sub-labels repeated under several experts' headings (`Context:`, `Recommendation:`) are fields of
// each answer, not speakers.
void SegmenterRun::rejectFieldLabels()
{
    QHash<QString, QSet<int>> sections;
    int section = -1;
    int headings = 0;
    for (const Classified &item : std::as_const(m_items)) {
        if (item.role == Role::Header && !item.turn) {
            ++section;
            ++headings;
        } else if (item.turn && section >= 0) {
            sections[item.label].insert(section);
        }
    }
    if (headings < 2)
        return;
    QSet<QString> fields;
    for (auto it = sections.cbegin(); it != sections.cend(); ++it) {
        if (it.value().size() >= 2)
            fields.insert(it.key());
    }
    if (fields.isEmpty())
        return;
    for (Classified &item : m_items) {
        if (item.turn && fields.contains(item.label)) {
            revertToPlain(item);
            item.fieldLabel = true;
            ++m_fieldLabels;
        }
    }
    m_fieldLabelNames = QStringList(fields.cbegin(), fields.cend());
    m_fieldLabelNames.sort();
}

// Letters and statements signed at their end (`…quicker.` then `Marit Olsen, retired teacher, Bergen`):
// when the last paragraph is such a line and the first follows text rather than a note or the
// title, these lines attribute what came before and introduce nothing.
void SegmenterRun::rejectSignOffs()
{
    qsizetype first = -1;
    for (qsizetype i = 0; i < m_items.size() && first < 0; ++i) {
        const Classified &item = m_items.at(i);
        if (item.role == Role::EditorNote)
            return;
        if (item.role == Role::Header && item.header->ownLine && !item.turn)
            first = i;
    }
    const bool endsSigned = !m_items.isEmpty() && m_items.constLast().role == Role::Header &&
        m_items.constLast().header->ownLine && !m_items.constLast().turn;
    if (first <= 0 || !endsSigned || m_items.at(first - 1).role != Role::Plain || first - 1 == 0)
        return;
    for (Classified &item : m_items) {
        if (item.role == Role::Header && item.header->ownLine && !item.turn &&
            item.header->rule == u"own-line-name-bio"_s)
            revertToPlain(item);
    }
}

// `—Harriet Mole, Port Ellery, ME.` after a letter ends it and names its writer: the paragraphs since
// the previous signature are that writer's turn.
void SegmenterRun::acceptSignatures()
{
    QList<qsizetype> signatures;
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).signature && m_items.at(i).role == Role::Plain)
            signatures.append(i);
    }
    qsizetype previous = -1;
    for (const qsizetype signature : std::as_const(signatures)) {
        qsizetype start = signature;
        while (start > previous + 1 && m_items.at(start - 1).role == Role::Plain &&
            !m_items.at(start - 1).signature)
            --start;
        if (start == signature) {
            previous = signature;
            continue;
        }
        // Before the first letter, the page's headline and an introduction that speaks of readers and
        // letters, not as `I`, are nobody's letter.
        static const QRegularExpression aboutLetters(u"\\b(?:[Rr]eaders?|[Ll]etters?|write|respond)\\b"_s);
        while (previous < 0 && signature - start >= 2 &&
            (looksLikeTitle(m_items.at(start).paragraph) ||
                (aboutLetters.match(m_items.at(start).paragraph).hasMatch() &&
                    !hasFirstPerson(m_items.at(start).paragraph))))
            ++start;
        for (qsizetype i = start; i < signature; ++i)
            m_items[i].inLetter = true;
        Classified &opening = m_items[start];
        Classified &line = m_items[signature];
        const auto [name, bio] = m_signatureLines.value(signature);
        opening.role = Role::Header;
        opening.label = name;
        opening.text = opening.paragraph;
        opening.detection = {u"signature"_s, 0.85};
        opening.header =
            SpeakerHeader {name, bio, 0, false, opening.detection.rule, opening.detection.confidence};
        line.consumed = true;
        ++m_signatures;
        previous = signature;
    }
}

// A header on a line of its own needs speech after it; otherwise it was an ordinary line.
void SegmenterRun::requireSpeechAfterHeadings()
{
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        Classified &item = m_items[i];
        if (item.role != Role::Header || !item.header->ownLine)
            continue;
        const bool speechFollows = i + 1 < m_items.size() && m_items.at(i + 1).role == Role::Plain;
        if (!speechFollows)
            revertToPlain(item);
    }
}

namespace {

bool isCapitalsLabelWord(QStringView word)
{
    qsizetype letters = 0;
    for (const QChar c : word) {
        if (c.isLetter()) {
            if (!c.isUpper())
                return false;
            ++letters;
        } else if (c != u'.' && c != u'-' && c != u'\'' && c != u'\u2019') {
            return false;
        }
    }
    return letters >= 2 || (letters == 1 && word.size() == 1);
}

// Labels in capitals before a colon inside `text`, after a sentence's end or glued to a word
// (`…hurts. MORALES: Well`, `…our sponsorsANNA LEE: Good evening`). `known` labels in any case
// count after a sentence's end.
QList<MidlineLabel> findMidlineLabels(QStringView text, const QSet<QString> &known, bool discover)
{
    QList<MidlineLabel> found;
    for (qsizetype colon = 1; colon + 1 < text.size(); ++colon) {
        const QChar c = text.at(colon);
        if (c != u':' && c != u'\uff1a')
            continue;
        if (text.at(colon + 1) != u' ' && c == u':')
            continue;
        // The words before the colon, back to a lower-case letter, a sentence's end or five words: a
        // full stop may end a word (`MR.`) but not stand before one (`…hurts.MORALES`).
        QList<qsizetype> starts;
        qsizetype end = colon;
        while (end > 0 && starts.size() < 5) {
            qsizetype wordStart = end;
            // Label words are short; a longer run is no label, and is not walked further.
            while (wordStart > 0 && end - wordStart <= 40 && text.at(wordStart - 1) != u' ' &&
                !text.at(wordStart - 1).isLower()) {
                if (wordStart < end && QStringView(u".?!\u201d\"\u2019)").contains(text.at(wordStart - 1)))
                    break;
                --wordStart;
            }
            if (end - wordStart > 40)
                break;
            if (wordStart == end)
                break;
            starts.append(wordStart);
            if (wordStart == 0 || text.at(wordStart - 1) != u' ')
                break;
            end = wordStart - 1;
        }
        // Try the longest label first, then shorter ones.
        for (qsizetype k = starts.size() - 1; k >= 0; --k) {
            const qsizetype from = starts.at(k);
            const QStringView candidate = text.sliced(from, colon - from);
            if (from == 0)
                continue; // a label at the start is the line-start parser's
            const QChar before = text.at(from - 1);
            const bool afterSentence = before == u' ' && from >= 2 &&
                QStringView(u".?!\u201d\"\u2019)\u2014").contains(text.at(from - 2));
            const bool glued = before.isLower() || QStringView(u".?!\u201d\"\u2019)").contains(before);
            const auto labelWords = candidate.split(u' ', Qt::SkipEmptyParts);
            const bool capitals = !labelWords.isEmpty() && labelWords.size() <= 4 &&
                std::all_of(labelWords.cbegin(), labelWords.cend(), isCapitalsLabelWord);
            const QString key = candidate.toString();
            const bool isKnown = known.contains(key);
            if ((isKnown && (afterSentence || (capitals && glued))) ||
                (discover && capitals && (afterSentence || glued) &&
                    !TurnLabelParser::isNonSpeakerLabel(candidate))) {
                found.append({from, colon, key});
                break;
            }
        }
    }
    return found;
}

} // namespace

// A turn label in the middle of a paragraph splits it where the article establishes the label: a
// label that opens other turns, or one in capitals that recurs inside paragraphs.
// The labels the article uses at line starts (`known`, with their parsed form in `labels`), grown by
// the capitals labels found inside paragraphs; returns the paragraphs that hold a candidate.
QSet<qsizetype> SegmenterRun::findLabelledParagraphs(
    QSet<QString> &known, QHash<QString, TurnLabel> &labels) const
{
    const QString *previous = nullptr;
    for (const Classified &item : std::as_const(m_items)) {
        if (item.turn && item.turn->delimiter == TurnLabel::Delimiter::Colon &&
            item.turn->timestamp.isEmpty()) {
            // A transcript repeats a few labels thousands of times: look each repetition up once.
            if (previous && *previous == item.turn->label)
                continue;
            previous = &item.turn->label;
            if (!labels.contains(item.turn->label)) {
                known.insert(item.turn->label);
                labels.insert(item.turn->label, *item.turn);
            }
        }
    }
    // Labels in capitals found only inside paragraphs count when at least two of them recur.
    QHash<QString, int> discovered;
    QSet<qsizetype> withLabels;
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        const Classified &item = m_items.at(i);
        if (item.role != Role::Plain && item.role != Role::Header)
            continue;
        if (!item.text.contains(u':') && !item.text.contains(u'\uff1a'))
            continue;
        const QList<MidlineLabel> found = findMidlineLabels(item.text, known, true);
        for (const MidlineLabel &label : found)
            ++discovered[label.label];
        if (!found.isEmpty())
            withLabels.insert(i);
    }
    // Beside labels the article already uses, one that recurs inside paragraphs is enough; alone,
    // two of them must.
    int recurring = 0;
    for (auto it = discovered.cbegin(); it != discovered.cend(); ++it)
        recurring += it.value() >= 2 || known.contains(it.key());
    const int needed = known.isEmpty() ? 2 : 1;
    for (auto it = discovered.cbegin(); it != discovered.cend(); ++it) {
        if ((it.value() >= 2 && recurring >= needed) || known.contains(it.key()))
            known.insert(it.key());
    }
    return withLabels;
}

// Cuts a paragraph at its mid-line labels: the text before the first stays with the paragraph's role,
// each label opens a turn.
void SegmenterRun::splitAtLabels(Classified &item, const QList<MidlineLabel> &found,
    const QHash<QString, TurnLabel> &labels, QList<Classified> &items)
{
    const QString text = item.text;
    Classified head = item;
    head.split = true;
    head.textIsView = false;
    head.text = text.first(found.constFirst().start).trimmed();
    head.paragraph = head.role == Role::Header
        ? item.paragraph.first(item.paragraph.size() - text.size() + found.constFirst().start)
        : head.text;
    items.append(head);
    for (qsizetype k = 0; k < found.size(); ++k) {
        const MidlineLabel &label = found.at(k);
        const qsizetype end = k + 1 < found.size() ? found.at(k + 1).start : text.size();
        Classified piece;
        piece.split = true;
        piece.paragraph = text.mid(label.start, end - label.start).trimmed();
        TurnLabel turn = labels.value(label.label);
        turn.label = label.label;
        if (!labels.contains(label.label)) {
            turn.form = TurnLabel::Form::Capitals;
            turn.delimiter = TurnLabel::Delimiter::Colon;
        }
        turn.timestamp.clear();
        turn.textStart = label.colon - label.start + 1;
        while (turn.textStart < piece.paragraph.size() && piece.paragraph.at(turn.textStart) == u' ')
            ++turn.textStart;
        makeTurn(piece, turn, {u"turn-label-midline"_s, 0.8});
        items.append(std::move(piece));
        ++m_midlineSplits;
        if (!m_midlineLabels.contains(label.label))
            m_midlineLabels.append(label.label);
    }
}

void SegmenterRun::splitMidlineLabels()
{
    QSet<QString> known;
    QHash<QString, TurnLabel> labels;
    const QSet<qsizetype> withLabels = findLabelledParagraphs(known, labels);
    if (known.isEmpty() || withLabels.isEmpty())
        return;

    QList<Classified> items;
    items.reserve(m_items.size() + withLabels.size());
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        Classified &item = m_items[i];
        if (item.inLetter || !withLabels.contains(i)) {
            items.append(std::move(item));
            continue;
        }
        QList<MidlineLabel> found = findMidlineLabels(item.text, known, false);
        found.removeIf([&](const MidlineLabel &label) { return !known.contains(label.label); });
        if (found.isEmpty()) {
            items.append(std::move(item));
            continue;
        }
        splitAtLabels(item, found, labels, items);
    }
    m_items = std::move(items);
}

// Interviews that mark only the questions (`Q:` before each, or each question in bold): the plain
// paragraphs after a question are the interviewee's answer.
void SegmenterRun::acceptUnlabelledAnswers()
{
    int questions = 0;
    int answers = 0;
    int others = 0;
    for (const Classified &item : std::as_const(m_items)) {
        if (!item.turn)
            continue;
        if (item.turn->form == TurnLabel::Form::QuestionAnswer &&
            (item.label == u"Q"_s || item.label == u"Question"_s))
            ++questions;
        else if (item.turn->form == TurnLabel::Form::QuestionAnswer)
            ++answers;
        else
            ++others;
    }

    // Questions the page marks (in bold, or by a paragraph's class) in a page without labels.
    if (questions == 0 && answers == 0 && others == 0) {
        QList<qsizetype> bold;
        int asking = 0;
        for (qsizetype i = 0; i + 1 < m_items.size(); ++i) {
            const Classified &item = m_items.at(i);
            if (item.role == Role::Plain && marksQuestion(item.cue) &&
                m_items.at(i + 1).role == Role::Plain) {
                bold.append(i);
                asking += item.paragraph.endsWith(u'?');
            }
        }
        if (bold.size() >= 2 && asking * 2 >= bold.size()) {
            for (const qsizetype i : std::as_const(bold)) {
                Classified &item = m_items[i];
                item.role = Role::Header;
                item.question = true;
                item.detection = {u"bold-question"_s, 0.8};
                item.header = SpeakerHeader {QString(), QString(), 0, false, item.detection.rule, 0.8};
                ++m_boldQuestions;
                questions = 2;
            }
        } else {
            return;
        }
    } else if (questions < 2 || answers > 0 || others > 0) {
        return;
    }

    for (qsizetype i = 0; i + 1 < m_items.size(); ++i) {
        const Classified &item = m_items.at(i);
        if (item.role != Role::Header || !(item.question || (item.turn && item.label != u"A"_s)))
            continue;
        Classified &next = m_items[i + 1];
        if (next.role != Role::Plain || next.consumed)
            continue;
        next.role = Role::Header;
        next.answer = true;
        next.detection = {u"unlabelled-answer"_s, 0.75};
        next.header = SpeakerHeader {QString(), QString(), 0, false, next.detection.rule, 0.75};
        ++m_answers;
    }
}

// The record's own lines between turns (`The legislative clerk proceeded to call the roll.`) are
// nobody's speech, in an article of turns.
void SegmenterRun::markProceduralLines()
{
    if (acceptedTurns() < 2)
        return;
    for (Classified &item : m_items) {
        if (item.role == Role::Plain && StageDirections::isProcedural(item.paragraph)) {
            item.role = Role::Stage;
            item.detection = {u"procedural-line"_s, 0.85};
        }
    }
}

// Page furniture by position: the lines above the first paragraph that says something (other than
// the headline) frame the page; a contact block closes it. Captions that end in a credit.
void SegmenterRun::markFurniture()
{
    const bool transcript = acceptedTurns() >= 2;
    for (Classified &item : m_items) {
        if (item.role != Role::Plain)
            continue;
        if (PageFurniture::isCreditedCaption(item.paragraph)) {
            item.role = Role::Caption;
            item.detection = {u"caption-credit"_s, 0.8};
        } else if (transcript && item.paragraph.size() <= 60 && !item.paragraph.back().isPunct() &&
            std::none_of(
                item.paragraph.cbegin(), item.paragraph.cend(), [](QChar c) { return c.isLower(); }) &&
            std::any_of(
                item.paragraph.cbegin(), item.paragraph.cend(), [](QChar c) { return c.isUpper(); })) {
            // A heading in capitals between turns (`DIRECT EXAMINATION`) is no one's speech.
            item.role = Role::Metadata;
            item.detection = {u"section-heading"_s, 0.75};
        }
    }

    // A roster outside the page's head (`Call participants:` then `Name -- Title` lines): two lines or more
    // that each introduce someone and no speech follows.
    auto rosterLine = [&](const Classified &item) {
        if (item.role != Role::Plain || item.paragraph.size() > 120 ||
            TextRules::findSentenceEnd(item.paragraph) >= 0)
            return false;
        QStringView entry = item.paragraph;
        if (entry.startsWith(u"\u2022 "_s) || entry.startsWith(u"- "_s))
            entry = entry.sliced(2);
        return ownsLine(item) || !SpeakerHeaderParser::leadingName(entry).isEmpty();
    };
    for (qsizetype i = 0; i < m_items.size();) {
        qsizetype end = i;
        while (end < m_items.size() && rosterLine(m_items.at(end)))
            ++end;
        if (end - i >= 2 && (end == m_items.size() || m_items.at(end).role != Role::Plain)) {
            for (qsizetype k = i; k < end; ++k) {
                m_items[k].role = Role::Metadata;
                m_items[k].detection = {u"roster"_s, 0.75};
            }
        }
        i = std::max(end, i + 1);
    }

    // The contact block at the end: short lines without sentences, with a telephone or an address among them.
    qsizetype tail = m_items.size();
    bool contact = false;
    while (tail > 0) {
        const Classified &item = m_items.at(tail - 1);
        const qsizetype end = TextRules::findSentenceEnd(item.paragraph);
        const bool shortLine = item.paragraph.size() <= 80 && TextRules::wordCount(item.paragraph) <= 10 &&
            (end < 0 || end == item.paragraph.size() - 1);
        if (item.role == Role::Metadata && item.furniture == PageFurniture::Kind::Contact) {
            contact = true;
        } else if (!(item.role == Role::Plain && shortLine) && item.role != Role::Metadata) {
            break;
        }
        --tail;
    }
    if (contact) {
        for (qsizetype i = tail; i < m_items.size(); ++i) {
            if (m_items.at(i).role == Role::Plain) {
                m_items[i].role = Role::Metadata;
                m_items[i].detection = {u"contact-block"_s, 0.8};
            }
        }
    }
}

// The headline is the first title-like line of the page's head, unless that line is a site's name
// (a few words) and a headline follows it; the head's other title-like lines are furniture.
void SegmenterRun::chooseTitle()
{
    qsizetype content = 0;
    while (content < m_items.size()) {
        const Classified &item = m_items.at(content);
        if (item.role == Role::Header || item.role == Role::EditorNote || item.role == Role::Stage)
            break;
        if ((item.role == Role::Plain && !looksLikeTitle(item.paragraph)) || item.split)
            break;
        ++content;
    }
    // Furniture reads like a heading: title case, a few words, a date, or capitals; a line in sentence
    // case without its full stop (`By the river we waited for hours`) is text.
    auto furnitureLike = [](QStringView line) {
        // A roster's line: `• Farah Quadri, parent governor`.
        QStringView entry = line;
        if (entry.startsWith(u"\u2022 "_s) || entry.startsWith(u"- "_s) || entry.startsWith(u"* "_s))
            entry = entry.sliced(2);
        const bool roster =
            !SpeakerHeaderParser::leadingName(entry).isEmpty() && TextRules::findSentenceEnd(entry) < 0;
        return roster || isTitleCase(line) || TextRules::wordCount(line) <= 4 ||
            PageFurniture::hasDateOrTime(line) ||
            std::none_of(line.begin(), line.end(), [](QChar c) { return c.isLower(); });
    };
    QList<qsizetype> candidates;
    for (qsizetype i = 0; i < content; ++i) {
        if (m_items.at(i).split)
            break;
        if (m_items.at(i).role == Role::Plain && !m_items.at(i).consumed) {
            if (!candidates.isEmpty() && !furnitureLike(m_items.at(i).paragraph))
                break;
            candidates.append(i);
        }
    }
    if (candidates.isEmpty() || content >= m_items.size())
        return;
    // A heading the source marked as the page's first is the headline; otherwise a site's name (a
    // few words) gives way to a headline after it: a longer line, or a question, in title case.
    qsizetype title = candidates.constFirst();
    const auto marked = std::find_if(candidates.cbegin(), candidates.cend(),
        [&](qsizetype i) { return m_items.at(i).cue && m_items.at(i).cue->headingLevel == 1; });
    auto isHeadline = [&](qsizetype i) {
        const QString &text = m_items.at(i).paragraph;
        return (TextRules::wordCount(text) >= 5 || text.endsWith(u'?')) && !text.contains(u',') &&
            isTitleCase(text) && text.at(0).isLetterOrNumber();
    };
    if (marked != candidates.cend()) {
        title = *marked;
    } else if (TextRules::wordCount(m_items.at(title).paragraph) <= 4 &&
        !m_items.at(title).paragraph.endsWith(u'?')) {
        for (const qsizetype i : std::as_const(candidates)) {
            if (i != title && isHeadline(i)) {
                title = i;
                break;
            }
        }
    }
    m_title = m_items.at(title).paragraph;
    m_items[title].role = Role::Title;
    for (const qsizetype i : std::as_const(candidates)) {
        if (i == title)
            continue;
        m_items[i].role = Role::Metadata;
        m_items[i].detection = {u"page-furniture"_s, 0.7};
        ++m_headFurniture;
    }
}

// The cast from the title, the prose and the printed labels; returns the labels printed.
QSet<QString> SegmenterRun::gatherCast()
{
    const qsizetype first = firstTurn();
    QSet<QString> printed;
    if (!m_title.isEmpty())
        m_cast.addProse(m_title, false);
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        const Classified &item = m_items.at(i);
        const bool intro = first < 0 || i < first;
        switch (item.role) {
        case Role::Plain:
        case Role::EditorNote:
            m_cast.addProse(item.text, intro);
            break;
        case Role::Metadata:
            m_cast.addProse(item.text, false);
            break;
        case Role::Header:
            // Each printed label once: a transcript repeats its labels thousands of times.
            if (item.turn && !printed.contains(item.label)) {
                printed.insert(item.label);
                if (item.turn->form == TurnLabel::Form::Outlet)
                    m_cast.addOutlet(item.label);
                else if (item.turn->form != TurnLabel::Form::QuestionAnswer)
                    m_cast.addPrinted(item.label);
                if (!item.turn->occupant.isEmpty())
                    m_cast.addPrinted(item.turn->occupant);
            } else if (!item.turn && item.header && !item.header->name.isEmpty()) {
                m_cast.addPrinted(item.header->name);
            }
            if (!item.turn)
                m_cast.addProse(item.text, false);
            break;
        default:
            break;
        }
    }
    return printed;
}

// The speech after labels names people too (`Mr. Alfred, welcome`), but reading all of a long
// transcript is only worth it when a surname the labels use, printed as names are, occurs in it.
void SegmenterRun::readSpeechForNames(const QSet<QString> &printed)
{
    bool speechNamesSomeone = false;
    for (const QString &label : std::as_const(printed)) {
        TurnLabel probe;
        probe.label = label;
        probe.form = TurnLabel::Form::Capitals;
        if (!m_cast.resolve(probe).isEmpty())
            continue;
        QString surname = label.section(u' ', -1);
        while (surname.endsWith(u'.'))
            surname.chop(1);
        if (surname.size() < 2)
            continue;
        // `O'CONNOR` is printed `O'Connor`, `JEAN-PIERRE` `Jean-Pierre`: look for the capital and the rest.
        const QString tail = surname.mid(1).toLower();
        for (qsizetype at = m_text.indexOf(tail, 0, Qt::CaseInsensitive); at >= 0 && !speechNamesSomeone;
             at = m_text.indexOf(tail, at + 1, Qt::CaseInsensitive)) {
            speechNamesSomeone =
                at > 0 && m_text.at(at - 1) == surname.at(0).toUpper() && m_text.at(at).isLower();
        }
        if (speechNamesSomeone)
            break;
    }
    if (speechNamesSomeone) {
        for (const Classified &item : std::as_const(m_items)) {
            if (item.role == Role::Header && item.turn)
                m_cast.addProse(item.text, false);
        }
    }
}

// A witness's statement heading gives the bio of that witness's next turn.
QHash<QString, QString> SegmenterRun::readStatementHeadings()
{
    QHash<QString, QString> statementBios;
    for (Classified &item : m_items) {
        if (item.role != Role::Plain && item.role != Role::Metadata)
            continue;
        if (const auto match = statementHeading().match(item.paragraph); match.hasMatch()) {
            m_cast.addPrinted(match.captured(1));
            const QString surname = match.captured(1).section(u' ', -1).toCaseFolded();
            statementBios.insert(surname, match.captured(2));
            item.role = Role::Metadata;
            item.detection = {u"statement-heading"_s, 0.85};
        }
    }
    return statementBios;
}

QString SegmenterRun::resolvedName(const TurnLabel &turn)
{
    QString name = m_cast.resolve(turn);
    if (name.isEmpty() && !turn.occupant.isEmpty()) {
        // `The Minister for Transport (Mr. Colm Hartigan)` speaks as the person; `(Mr. Talent)` names
        // only an office-holder's surname, so the office speaks.
        const auto words = QStringView(turn.occupant).split(u' ', Qt::SkipEmptyParts);
        const qsizetype nameWords = words.size() - (TurnLabelParser::isTitleWord(words.constFirst()) ? 1 : 0);
        name = nameWords >= 2 ? turn.occupant : turn.label.left(turn.label.lastIndexOf(u'(')).trimmed();
    }
    if (name.isEmpty())
        name = personWithoutOffice(turn.label);
    if (!name.isEmpty() && name != turn.label)
        m_resolutions.append(turn.label + u" \u2192 "_s + name);
    return name;
}

void SegmenterRun::resolveCast()
{
    readSpeechForNames(gatherCast());
    QHash<QString, QString> statementBios = readStatementHeadings();
    QHash<QString, QString> resolved;
    for (Classified &item : m_items) {
        if (item.role != Role::Header)
            continue;
        if (item.answer) {
            const QString who = m_cast.interviewee();
            item.header->name = who.isEmpty() ? u"A"_s : who;
            continue;
        }
        if (item.question) {
            const QString who = m_cast.interviewer();
            item.header->name = who.isEmpty() ? u"Q"_s : who;
            continue;
        }
        if (!item.turn) {
            // The printed form stays in the label when the name drops an office (`Cllr. Amos Fairley`).
            if (const QString person = personWithoutOffice(item.header->name); !person.isEmpty()) {
                item.label = item.header->name;
                item.header->name = person;
            }
            continue;
        }
        const TurnLabel &turn = *item.turn;
        if (!resolved.contains(turn.label)) {
            const QString name = resolvedName(turn);
            resolved.insert(turn.label, name.isEmpty() ? turn.label : name);
        }
        item.header->name = resolved.value(turn.label);
        if (item.header->bio.isEmpty() && !statementBios.isEmpty()) {
            const QString surname = item.header->name.section(u' ', -1).toCaseFolded();
            if (const QString bio = statementBios.take(surname); !bio.isEmpty())
                item.header->bio = bio;
        }
    }
}

// `Cllr. Wenda Roe`, `Senator Orla Fenwick`: an office before a full name is not part of the
// person's name (honorifics such as `Dr.` are, as printed); null when there is none to drop.
QString SegmenterRun::personWithoutOffice(const QString &label)
{
    static const QSet<QString> offices {u"cllr"_s, u"councillor"_s, u"councilor"_s, u"commissioner"_s,
        u"mayor"_s, u"governor"_s, u"minister"_s, u"secretary"_s, u"chair"_s, u"chairman"_s, u"chairwoman"_s,
        u"chairperson"_s, u"president"_s, u"vice"_s, u"deputy"_s, u"alderman"_s, u"delegate"_s,
        u"representative"_s, u"congressman"_s, u"congresswoman"_s, u"director"_s, u"chief"_s,
        u"superintendent"_s, u"spokesperson"_s, u"press"_s};
    auto isOffice = [](QStringView word) {
        QString key = word.toString().toLower();
        if (key.endsWith(u'.'))
            key.chop(1);
        return offices.contains(key);
    };
    const auto words = QStringView(label).split(u' ', Qt::SkipEmptyParts);
    qsizetype first = 0;
    while (first < words.size() && isOffice(words.at(first)))
        ++first;
    if (first == 0 || first >= words.size())
        return QString();
    const QString rest = label.mid(label.indexOf(words.at(first).toString()));
    return SpeakerHeaderParser::personNameWords(rest) >= 2 && !rest.contains(u'(') ? rest : QString();
}

// Segments from classified paragraphs, in order. Plain paragraphs go where the flow is: the open editor's
// note (until the first speaker), the current speaker, or narration.
class SegmentBuilder
{
public:
    explicit SegmentBuilder(bool hasSpeakers)
        : m_hasSpeakers(hasSpeakers)
    { }

    void add(Classified &item);
    QList<Segment> finish();

private:
    enum class Flow
    {
        None,
        Note,
        Speech,
        Narration
    };

    Segment &open(SegmentKind kind, const SegmentDetection &detection, const QString &label = QString(),
        std::optional<Speaker> speaker = std::nullopt);
    void addNote(const Classified &item, const QString &text, const QStringList &heading);
    void addHeader(const Classified &item, const QString &text, const QStringList &heading);
    void addPlain(const QString &text);

    const bool m_hasSpeakers;
    QList<Segment> m_segments;
    Flow m_flow = Flow::None;
    bool m_afterAside = false; ///< a stage direction ended the segment before; the next text opens a new one
    std::optional<Speaker> m_currentSpeaker;
    /// The printed line of each segment opened by a label or heading alone, in case no text follows it.
    QHash<qsizetype, QStringList> m_headings;
};

Segment &SegmentBuilder::open(
    SegmentKind kind, const SegmentDetection &detection, const QString &label, std::optional<Speaker> speaker)
{
    Segment segment;
    segment.kind = kind;
    segment.detection = detection;
    segment.label = label;
    segment.speaker = std::move(speaker);
    m_segments.append(segment);
    return m_segments.last();
}

void SegmentBuilder::add(Classified &item)
{
    // A signature ends its letter: what follows is nobody's until a speaker or note opens.
    if (item.consumed && item.signature) {
        m_flow = Flow::None;
        m_afterAside = true;
    }
    if (item.consumed || item.role == Role::Title)
        return;
    QString text = TextRules::repairGluedSentences(item.text);
    // A segment owns its text; the paragraph it came from is let go as the segments grow, so the
    // two are never both whole in memory.
    if (item.textIsView && text.constData() == item.text.constData())
        text = QString(text.constData(), text.size());
    // A heading with nothing under it keeps its printed lines, with a bio line read into it.
    QStringList heading;
    if (text.isEmpty()) {
        heading.append(item.paragraph);
        if (item.header && !item.header->bio.isEmpty() && !item.paragraph.contains(item.header->bio))
            heading.append(item.header->bio);
    }
    item.text = QString();
    item.paragraph = QString();
    switch (item.role) {
    case Role::Title:
        break;
    case Role::Caption:
        open(SegmentKind::Caption, item.detection).paragraphs.append(text);
        break;
    case Role::Metadata:
        open(SegmentKind::Metadata, item.detection).paragraphs.append(text);
        break;
    case Role::Stage:
        open(SegmentKind::Narration, item.detection).paragraphs.append(text);
        m_afterAside = true;
        break;
    case Role::EditorNote:
        addNote(item, text, heading);
        break;
    case Role::Header:
        addHeader(item, text, heading);
        break;
    case Role::Plain:
        addPlain(text);
        break;
    }
}

void SegmentBuilder::addNote(const Classified &item, const QString &text, const QStringList &heading)
{
    Segment &note = open(SegmentKind::EditorNote, item.detection, item.label);
    if (!text.isEmpty())
        note.paragraphs.append(text);
    else
        m_headings.insert(m_segments.size() - 1, heading);
    // Without speakers after it, the note is its own paragraph and the rest is narration.
    m_flow = m_hasSpeakers || text.isEmpty() ? Flow::Note : Flow::None;
    m_afterAside = false;
}

void SegmentBuilder::addHeader(const Classified &item, const QString &text, const QStringList &heading)
{
    m_currentSpeaker = Speaker {item.header->name, item.header->bio.isEmpty() ? QString() : item.header->bio};
    Segment &speech = open(SegmentKind::Speaker, item.detection, item.label, m_currentSpeaker);
    speech.timestamp = item.timestamp;
    if (!text.isEmpty())
        speech.paragraphs.append(text);
    else
        m_headings.insert(m_segments.size() - 1, heading);
    m_flow = Flow::Speech;
    m_afterAside = false;
}

void SegmentBuilder::addPlain(const QString &text)
{
    const bool continues = !m_afterAside && !m_segments.isEmpty() &&
        ((m_flow == Flow::Note && m_segments.constLast().kind == SegmentKind::EditorNote) ||
            (m_flow == Flow::Speech && m_segments.constLast().kind == SegmentKind::Speaker) ||
            (m_flow == Flow::Narration && m_segments.constLast().kind == SegmentKind::Narration));
    m_afterAside = false;
    if (continues) {
        m_segments.last().paragraphs.append(text);
    } else if (m_flow == Flow::Speech) {
        // Speech interrupted by a caption goes on as the same speaker's turn.
        open(SegmentKind::Speaker, {u"speech-continuation"_s, 0.75}, QString(), m_currentSpeaker)
            .paragraphs.append(text);
    } else if (m_flow == Flow::Note) {
        open(SegmentKind::EditorNote, {u"editor-note-continuation"_s, 0.75}).paragraphs.append(text);
    } else {
        // Text between voices is less certain to be nobody's than a whole report is.
        open(SegmentKind::Narration, {u"narration"_s, m_hasSpeakers ? 0.7 : 0.9}).paragraphs.append(text);
        m_flow = Flow::Narration;
    }
}

QList<Segment> SegmentBuilder::finish()
{
    // A label or heading printed alone, whose text never came, is shown as the line it is: nothing of the
    // article may disappear.
    for (auto it = m_headings.cbegin(); it != m_headings.cend(); ++it) {
        Segment &segment = m_segments[it.key()];
        if (!segment.paragraphs.isEmpty())
            continue;
        segment.kind = SegmentKind::Metadata;
        segment.label.clear();
        segment.speaker.reset();
        segment.timestamp.clear();
        segment.detection = {u"label-without-text"_s, 0.6};
        segment.paragraphs = it.value();
    }
    m_segments.removeIf([](const Segment &s) { return s.paragraphs.isEmpty(); });
    return std::move(m_segments);
}

QList<Segment> SegmenterRun::buildSegments()
{
    const bool hasSpeakers = std::any_of(
        m_items.cbegin(), m_items.cend(), [](const Classified &c) { return c.role == Role::Header; });
    SegmentBuilder builder(hasSpeakers);
    for (Classified &item : m_items)
        builder.add(item);
    return builder.finish();
}

qsizetype SegmenterRun::firstTurn() const
{
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).turn)
            return i;
    }
    return -1;
}

int SegmenterRun::acceptedTurns() const
{
    return int(
        std::count_if(m_items.cbegin(), m_items.cend(), [](const Classified &c) { return bool(c.turn); }));
}

TurnTally SegmenterRun::tallyTurns() const
{
    TurnTally tally;
    QString previousSpeaker;
    for (const Classified &item : m_items) {
        if (item.role != Role::Header)
            continue;
        if (item.turn) {
            ++tally.turns;
            ++tally.delimiters[item.turn->delimiter];
            if (!tally.labelCounts.contains(item.label))
                tally.labelOrder.append(item.label);
            ++tally.labelCounts[item.label];
            tally.qa += item.turn->form == TurnLabel::Form::QuestionAnswer;
        } else if (item.detection.rule == u"signature"_s || item.answer || item.question) {
            // counted apart
        } else if (item.header && !item.header->ownLine) {
            ++tally.glued;
        } else {
            ++tally.headed;
        }
        const QString who = item.header ? item.header->name : QString();
        if (!previousSpeaker.isNull()) {
            ++tally.consecutive;
            tally.alternations += who != previousSpeaker;
        }
        previousSpeaker = who;
    }
    return tally;
}

// The scheme of an article whose turns open with printed labels: a Q&A, a briefing or a transcript.
void SegmenterRun::describeLabelledScheme(
    SegmentationScheme &scheme, const TurnTally &tally, const QList<Segment> &segments) const
{
    const bool onlyQuestions = tally.qa == tally.turns || m_answers > 0;
    const bool furnished =
        m_headFurniture > 0 || std::any_of(segments.cbegin(), segments.cend(), [](const Segment &s) {
            return s.kind == SegmentKind::Metadata && s.detection.rule == u"page-furniture"_s;
        });
    if (onlyQuestions)
        scheme.name = u"q&a"_s;
    else if (furnished && (tally.labelCounts.contains(u"Q"_s) || tally.labelCounts.contains(u"QUESTION"_s)))
        scheme.name = u"briefing"_s;
    else
        scheme.name = u"transcript"_s;
    QStringList shown;
    for (const QString &label :
        std::as_const(tally.labelOrder).first(std::min<qsizetype>(tally.labelOrder.size(), 6)))
        shown.append(u"%1 (%2)"_s.arg(label).arg(tally.labelCounts.value(label)));
    scheme.evidence.append(
        u"%1 tally.turns opened by %2 labels: %3"_s.arg(tally.turns)
            .arg(tally.labelCounts.size())
            .arg(shown.join(u", "_s) + (tally.labelOrder.size() > 6 ? u", \u2026"_s : QString())));
    QStringList forms;
    const std::pair<TurnLabel::Delimiter, QString> names[] = {{TurnLabel::Delimiter::Colon, u"a colon"_s},
        {TurnLabel::Delimiter::FullStop, u"a full stop"_s}, {TurnLabel::Delimiter::Space, u"spacing"_s},
        {TurnLabel::Delimiter::Line, u"their own line"_s}};
    for (const auto &[delimiter, name] : names) {
        if (tally.delimiters.value(delimiter) > 0)
            forms.append(u"%1 (%2)"_s.arg(name).arg(tally.delimiters.value(delimiter)));
    }
    scheme.evidence.append(u"labels closed by "_s + forms.join(u", "_s));
    if (tally.consecutive > 0)
        scheme.evidence.append(
            u"the speaker changes at %1 of %2 tally.turns"_s.arg(tally.alternations).arg(tally.consecutive));
}

// Evidence every scheme reports: answers, fields, mid-line labels, furniture, resolutions.
void SegmenterRun::addSideEvidence(SegmentationScheme &scheme, const QList<Segment> &segments) const
{
    if (m_answers > 0)
        scheme.evidence.append(u"%1 unlabelled answers after the questions"_s.arg(m_answers));
    if (m_fieldLabels > 0)
        scheme.evidence.append(u"sub-labels repeated under several speakers are fields, not voices: %1"_s.arg(
            m_fieldLabelNames.join(u", "_s)));
    if (m_midlineSplits > 0)
        scheme.evidence.append(u"%1 labels inside paragraphs split off: %2"_s.arg(m_midlineSplits)
                                   .arg(m_midlineLabels.join(u", "_s)));
    const auto furniture = std::count_if(segments.cbegin(), segments.cend(), [](const Segment &s) {
        return s.kind == SegmentKind::Metadata && s.detection.rule == u"page-furniture"_s;
    });
    if (furniture > 0)
        scheme.evidence.append(
            u"%1 lines of page furniture (dates, notices, the page's head)"_s.arg(furniture));
    if (m_droppedHeaders > 0)
        scheme.evidence.append(
            u"%1 introductions before the first turn read as a cover page or roster"_s.arg(m_droppedHeaders));
    for (const QString &resolution : m_resolutions)
        scheme.evidence.append(u"cast: "_s + resolution);
}

SegmentationScheme SegmenterRun::describeScheme(const QList<Segment> &segments) const
{
    SegmentationScheme scheme;
    const TurnTally tally = tallyTurns();
    int content = 0;
    for (const Segment &segment : segments)
        content += segment.kind != SegmentKind::Caption && segment.kind != SegmentKind::Metadata;
    const int speakerSegments = int(std::count_if(
        segments.cbegin(), segments.cend(), [](const Segment &s) { return s.kind == SegmentKind::Speaker; }));

    int boundaries = 0;
    if (tally.turns >= 2) {
        describeLabelledScheme(scheme, tally, segments);
        boundaries = tally.turns + m_answers;
    } else if (m_signatures > 0) {
        scheme.name = u"letters"_s;
        boundaries = m_signatures;
        scheme.evidence.append(u"%1 letters signed after their text"_s.arg(m_signatures));
    } else if (m_boldQuestions > 0) {
        scheme.name = u"q&a"_s;
        boundaries = m_boldQuestions + m_answers;
        scheme.evidence.append(u"%1 questions in bold, each followed by an answer"_s.arg(m_boldQuestions));
    } else if (tally.glued + tally.headed >= 2) {
        scheme.name = tally.glued > tally.headed ? u"glued roundtable"_s : u"headed roundtable"_s;
        boundaries = tally.glued + tally.headed;
        if (tally.glued > 0)
            scheme.evidence.append(
                u"%1 speakers introduced by name and bio glued to their speech"_s.arg(tally.glued));
        if (tally.headed > 0)
            scheme.evidence.append(u"%1 speakers introduced on a line of their own"_s.arg(tally.headed));
    } else {
        scheme.name = speakerSegments > 0 ? u"transcript"_s : u"none"_s;
        boundaries = speakerSegments;
        if (speakerSegments == 0)
            scheme.evidence.append(u"no label or introduction recurs: the text is narration"_s);
    }
    addSideEvidence(scheme, segments);
    // How much of the article the scheme explains: its boundaries against the content it segments,
    // and how regularly the voices alternate.
    if (scheme.name == u"none"_s) {
        scheme.confidence = content <= 1 ? 0.95 : 0.8;
    } else {
        const double coverage = content == 0 ? 0.0 : std::min(1.0, double(boundaries) / double(content));
        const double alternation =
            tally.consecutive == 0 ? 1.0 : double(tally.alternations) / double(tally.consecutive);
        scheme.confidence = std::clamp(0.45 + 0.35 * coverage + 0.2 * alternation, 0.3, 0.99);
    }
    scheme.evidence.prepend(u"explains %1 of %2 content segments"_s.arg(boundaries).arg(content));
    // The cast as the article has it: each voice once, by the person its labels resolved to.
    for (const Segment &segment : segments) {
        if (segment.speaker && !scheme.cast.contains(segment.speaker->name))
            scheme.cast.append(segment.speaker->name);
    }
    return scheme;
}

Segmentation SegmenterRun::run()
{
    classify(splitParagraphs(m_text));
    repeatGluedHeaders();
    acceptTurns();
    acceptOwnLineLabels();
    acceptNameLines();
    preferTranscript();
    rejectFieldLabels();
    rejectSignOffs();
    acceptSignatures();
    requireSpeechAfterHeadings();
    splitMidlineLabels();
    acceptUnlabelledAnswers();
    markProceduralLines();
    markFurniture();
    chooseTitle();
    resolveCast();

    Segmentation result;
    result.title = m_title.isEmpty() ? QString() : m_title;
    result.segments = buildSegments();
    result.scheme = describeScheme(result.segments);
    qCDebug(lcSegment) << "segmented into" << result.segments.size() << "segments, scheme"
                       << result.scheme.name << "title" << result.title;
    return result;
}

} // namespace

Segmentation Segmenter::segment(const QString &normalizedText, const QList<LineCue> &cues) const
{
    return SegmenterRun(normalizedText, cues).run();
}

} // namespace Colloquy
