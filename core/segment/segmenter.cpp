#include "segment/segmenter.h"

#include "logging.h"
#include "segment/speakerheaderparser.h"
#include "segment/textrules.h"
#include "segment/turnlabelparser.h"

#include <QHash>
#include <QSet>

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

namespace {

constexpr qsizetype MaxTitleLength = 200;
constexpr qsizetype MaxTitleWords = 25;
constexpr qsizetype MaxSentenceCaseTitleWords = 14;
constexpr qsizetype MaxShortLineLength = 160;

enum class Role
{
    Plain,
    Caption,
    Metadata,
    EditorNote,
    Header
};

struct Classified
{
    Role role = Role::Plain;
    QString text; ///< the paragraph without a label or a speaker header
    QString label;
    std::optional<SpeakerHeader> header;
    std::optional<TurnLabel> turn; ///< set when a printed label opened the turn
    SegmentDetection detection;
    bool consumed = false; ///< read into the header before it (a bio line under a name heading)
};

const QRegularExpression &captionPattern()
{
    // Credits printed under pictures: `Photo: VCG`, `Illustration: Liu Rui/GT`, `Photo by …`.
    static const QRegularExpression re(
        u"^(?:(?:photo(?:graph)?s?|images?|pictures?|illustrations?|graphics?|charts?|maps?|videos?|cartoons?"
        u"|infographics?|photo (?:credit|illustration)|credits?|file photo)\\s*[:\uff1a]"
        u"|(?:photo|illustration|image|graphic|picture)s?\\s+(?:by|courtesy of|credit)\\b)"_s,
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

// Paragraphs are lines; a hard-wrapped text (short lines in blank-line separated blocks) is joined first.
QStringList splitParagraphs(const QString &text)
{
    const QStringList lines = text.split(u'\n');
    QList<QStringList> blocks(1);
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty()) {
            if (!blocks.constLast().isEmpty())
                blocks.append(QStringList());
            continue;
        }
        blocks.last().append(line.trimmed());
    }
    if (blocks.constLast().isEmpty())
        blocks.removeLast();

    // A wrapped line stops mid-sentence, and either the next line goes on in lower case or the line
    // fills most of the measure; short lines of titles, bylines and dates do neither.
    qsizetype wrappedLines = 0;
    qsizetype linesInBlocks = 0;
    for (const QStringList &block : std::as_const(blocks)) {
        if (block.size() < 2)
            continue;
        qsizetype measure = 0;
        for (const QString &line : block)
            measure = std::max(measure, line.size());
        for (qsizetype i = 0; i + 1 < block.size(); ++i) {
            ++linesInBlocks;
            const QString &line = block.at(i);
            static const QString sentenceEnds = u".?!:\"\u201d\u3002\uff01\uff1f\uff1a"_s;
            const bool endsSentence = sentenceEnds.contains(line.back());
            const QChar next = block.at(i + 1).front();
            const bool goesOn = next.isLower() || line.size() * 10 >= measure * 7;
            if (line.size() <= 100 && !endsSentence && goesOn)
                ++wrappedLines;
        }
    }
    const bool hardWrapped = linesInBlocks >= 3 && wrappedLines * 10 >= linesInBlocks * 6;

    QStringList paragraphs;
    for (const QStringList &block : std::as_const(blocks)) {
        if (hardWrapped)
            paragraphs.append(block.join(u' '));
        else
            paragraphs.append(block);
    }
    return paragraphs;
}

bool looksLikeTitle(const QString &paragraph)
{
    const qsizetype words = TextRules::wordCount(paragraph);
    if (paragraph.size() > MaxTitleLength || words > MaxTitleWords)
        return false;
    const QChar last = paragraph.back();
    if (last == u'.' || last == u',' || last == u';' || last == u':')
        return false;
    // Long lines are titles only in title case; a long sentence-case line is a sentence.
    if (words <= MaxSentenceCaseTitleWords)
        return true;
    qsizetype longWords = 0;
    qsizetype capitalised = 0;
    for (const QStringView word : QStringView(paragraph).split(u' ')) {
        if (word.size() < 4)
            continue;
        ++longWords;
        if (word.at(0).isUpper())
            ++capitalised;
    }
    return capitalised * 10 >= longWords * 6;
}

// The full name a label stands for, from the article's own prose: an alias defined in
// parentheses (`Daniel Gros (Gros)`, `the Global Times (GT)`), or a surname's fullest form.
QString resolveLabel(const QString &label, const QList<Classified> &classified)
{
    static const QRegularExpression aliasPattern(
        u"((?:\\p{Lu}[\\p{L}'\u2019.-]*\\s+){0,4}\\p{Lu}[\\p{L}'\u2019.-]*)\\s*[(\uff08]([^()\uff08\uff09]{1,30})[)\uff09]"_s);
    // `The`, `Architect` before a name: a sentence opener only where a sentence starts (`The Ledger`
    // mid-sentence is a name), an occupation anywhere.
    auto stripOpeners = [](const QString &text, const QRegularExpressionMatch &match, int group) {
        qsizetype before = match.capturedStart(group);
        while (before > 0 && text.at(before - 1) == u' ')
            --before;
        const bool sentenceStart =
            before == 0 || QStringView(u".!?:\"\u201c\u201d").contains(text.at(before - 1));
        QStringList words = match.captured(group).trimmed().split(u' ', Qt::SkipEmptyParts);
        // `January. Halvorsen`: a word with a full stop that is no abbreviation or initial ends a sentence.
        for (qsizetype i = words.size() - 2; i >= 0; --i) {
            const QString &word = words.at(i);
            const bool hasLower =
                std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLower(); });
            if (word.endsWith(u'.') && hasLower && !TextRules::isHonorific(word)) {
                words.remove(0, i + 1);
                break;
            }
        }
        while (words.size() > 1 &&
            ((sentenceStart && TextRules::isSentenceOpener(words.constFirst())) ||
                TextRules::isRoleNoun(words.constFirst())))
            words.removeFirst();
        return words.join(u' ');
    };

    QHash<QString, int> surnameForms;
    for (const Classified &item : classified) {
        if (item.role == Role::Header && item.turn)
            continue;
        for (auto it = aliasPattern.globalMatch(item.text); it.hasNext();) {
            const auto match = it.next();
            if (match.captured(2).trimmed() == label)
                return stripOpeners(item.text, match, 1);
        }
        if (label.size() < 2 || !label.at(0).isUpper() || label.contains(u' '))
            continue;
        // `… economist Daniel Gros said …` names the person a `Gros:` label stands for.
        const QRegularExpression fullName(
            u"((?:\\p{Lu}[\\p{L}'\u2019.-]*\\s+){1,3})"_s + QRegularExpression::escape(label) + u"\\b"_s);
        for (auto it = fullName.globalMatch(item.text); it.hasNext();) {
            const QString candidate = stripOpeners(item.text, it.next(), 0);
            if (candidate != label && SpeakerHeaderParser::personNameWords(candidate) >= 2)
                ++surnameForms[candidate];
        }
    }
    QString best;
    int bestCount = 0;
    for (auto it = surnameForms.cbegin(); it != surnameForms.cend(); ++it) {
        if (it.value() > bestCount || (it.value() == bestCount && it.key().size() > best.size())) {
            best = it.key();
            bestCount = it.value();
        }
    }
    return best;
}

SegmentDetection turnDetection(const TurnLabel &turn, int occurrences, bool backed)
{
    if (!backed)
        return {u"turn-label-lone"_s, 0.6};
    if (turn.form == TurnLabel::Form::QuestionAnswer)
        return {u"turn-label-qa"_s, 0.95};
    if (!turn.role.isEmpty())
        return {u"turn-label-role"_s, 0.9};
    if (turn.form == TurnLabel::Form::Name && turn.nameWords >= 2 && occurrences < 2)
        return {u"turn-label-name"_s, 0.85};
    return {u"turn-label-recurring"_s, std::min(0.97, 0.75 + 0.05 * occurrences)};
}

// A label opens a turn when the article backs it: it recurs, it is a full name or
// `Q`/`A`, it carries a role, or the prose defines it. A lone `Roundtable:` does not.
void acceptTurns(QList<Classified> &classified, const QList<std::optional<TurnLabel>> &candidates,
    const QStringList &paragraphs)
{
    QHash<QString, int> counts;
    QSet<QString> periodLabels;
    for (const auto &turn : candidates) {
        if (turn)
            ++counts[turn->label];
        if (turn && turn->periodDelimited)
            periodLabels.insert(turn->label);
    }
    auto backed = [&](const TurnLabel &turn) {
        // `A. Smith said` is an initial; `Q.` and `A.` together are an interview.
        if (turn.periodDelimited)
            return periodLabels.size() == 2;
        return turn.form == TurnLabel::Form::QuestionAnswer || counts.value(turn.label) >= 2 ||
            (turn.form == TurnLabel::Form::Name && turn.nameWords >= 2) || !turn.role.isEmpty();
    };
    qsizetype backedTurns = 0;
    for (const auto &turn : candidates) {
        if (turn && backed(*turn))
            ++backedTurns;
    }

    QHash<QString, QString> resolved;
    for (qsizetype i = 0; i < classified.size(); ++i) {
        const auto &turn = candidates.at(i);
        if (!turn)
            continue;
        // In a transcript, a guest who speaks once still speaks, if the line is an utterance.
        const QString text = paragraphs.at(i).mid(turn->textStart);
        // The first line of an article is its title when what follows the colon is no sentence
        // (`Radio Call-In: Allotment Season`).
        if (i == 0 && paragraphs.size() > 1 && TextRules::findSentenceEnd(text) < 0 &&
            looksLikeTitle(paragraphs.at(i)))
            continue;
        const bool lone = backedTurns >= 2 && i > 0 && TextRules::findSentenceEnd(text) >= 0;
        if (!backed(*turn) && !lone)
            continue;
        if (!resolved.contains(turn->label)) {
            const QString full = turn->form == TurnLabel::Form::QuestionAnswer
                ? QString()
                : resolveLabel(turn->label, classified);
            resolved.insert(turn->label, full.isEmpty() ? turn->label : full);
        }
        Classified &item = classified[i];
        item.role = Role::Header;
        item.turn = turn;
        item.label = turn->label;
        item.text = text.trimmed();
        item.detection = turnDetection(*turn, counts.value(turn->label), backed(*turn));
        item.header = SpeakerHeader {resolved.value(turn->label), turn->role, turn->textStart, false,
            item.detection.rule, item.detection.confidence};
    }
}

// Words the article also uses in lower case: `Winter Storms` is a subheading when the text speaks of
// winter and storms; a person's name is never written in lower case.
bool wordsAllInLowerCase(const QString &heading, const QSet<QString> &lowerWords)
{
    const QStringList words = heading.split(u' ', Qt::SkipEmptyParts);
    return std::all_of(words.cbegin(), words.cend(),
        [&](const QString &word) { return lowerWords.contains(word.toLower()); });
}

// A bio printed on its own line under a name heading: short, no sentence, some lower-case words.
bool isBioLine(const QString &line)
{
    if (line.size() > MaxShortLineLength || TextRules::findSentenceEnd(line) >= 0 || line.endsWith(u'.'))
        return false;
    static const QRegularExpression lowerWord(u"(?:^|\\s)\\p{Ll}"_s);
    return lowerWord.match(line).hasMatch();
}

// Headings that are nothing but a name (`## Ana Lima` in Markdown), when the article has several,
// with the bio line beneath when there is one.
void acceptNameLines(QList<Classified> &classified, const QStringList &paragraphs)
{
    QSet<QString> lowerWords;
    static const QRegularExpression wordPattern(u"\\b\\p{Ll}[\\p{L}'-]*"_s);
    for (const QString &paragraph : paragraphs) {
        for (auto it = wordPattern.globalMatch(paragraph); it.hasNext();)
            lowerWords.insert(it.next().captured(0));
    }

    // Names in capitals on their own line (`MARIA LOPEZ`, as transcripts print them) count when two
    // or more of them recur: one recurring capitals line is a section label.
    static const QRegularExpression capitalsLine(
        u"^\\p{Lu}[\\p{Lu}.'\u2019-]*(?: [\\p{Lu}.'\u2019-]+){0,3}$"_s);
    QHash<QString, int> capitalsCounts;
    for (qsizetype i = 0; i + 1 < classified.size(); ++i) {
        if (classified.at(i).role == Role::Plain && classified.at(i + 1).role == Role::Plain &&
            paragraphs.at(i).size() <= 40 && capitalsLine.match(paragraphs.at(i)).hasMatch())
            ++capitalsCounts[paragraphs.at(i)];
    }
    capitalsCounts.removeIf([](const auto &entry) { return entry.value() < 2; });
    if (capitalsCounts.size() < 2)
        capitalsCounts.clear();

    QList<qsizetype> nameLines;
    for (qsizetype i = 0; i + 1 < classified.size(); ++i) {
        const QString &paragraph = paragraphs.at(i);
        if (classified.at(i).role != Role::Plain || paragraph.size() > 80)
            continue;
        if (capitalsCounts.contains(paragraph) && classified.at(i + 1).role == Role::Plain) {
            nameLines.append(i);
            continue;
        }
        const qsizetype words = SpeakerHeaderParser::personNameWords(paragraph);
        if (words >= 2 && classified.at(i + 1).role == Role::Plain &&
            !wordsAllInLowerCase(paragraph, lowerWords))
            nameLines.append(i);
    }
    if (nameLines.size() < 2)
        return;
    for (const qsizetype i : std::as_const(nameLines)) {
        Classified &item = classified[i];
        item.role = Role::Header;
        // Confidence grows with how many such headings the article has.
        item.detection = {u"name-heading"_s, std::min(0.95, 0.7 + 0.05 * double(nameLines.size()))};
        QString bio;
        if (i + 2 < classified.size() && classified.at(i + 2).role == Role::Plain &&
            isBioLine(paragraphs.at(i + 1))) {
            bio = paragraphs.at(i + 1);
            classified[i + 1].consumed = true;
        }
        item.header = SpeakerHeader {paragraphs.at(i), bio, paragraphs.at(i).size(), true,
            item.detection.rule, item.detection.confidence};
        item.text.clear();
    }
}

// Letters and statements signed at their end (`…quicker.` then `Marit Olsen, retired teacher, Bergen`):
// when the last paragraph is such a line and the first follows text rather than a note or the
// title, these lines attribute what came before and introduce nothing.
void rejectSignOffs(QList<Classified> &classified, const QStringList &paragraphs)
{
    qsizetype first = -1;
    for (qsizetype i = 0; i < classified.size() && first < 0; ++i) {
        const Classified &item = classified.at(i);
        if (item.role == Role::EditorNote)
            return;
        if (item.role == Role::Header && item.header->ownLine && !item.turn)
            first = i;
    }
    const bool endsSigned = !classified.isEmpty() && classified.constLast().role == Role::Header &&
        classified.constLast().header->ownLine && !classified.constLast().turn;
    if (first <= 0 || !endsSigned || classified.at(first - 1).role != Role::Plain || first - 1 == 0)
        return;
    for (qsizetype i = 0; i < classified.size(); ++i) {
        Classified &item = classified[i];
        if (item.role == Role::Header && item.header->ownLine && !item.turn &&
            item.header->rule == u"own-line-name-bio"_s) {
            item.role = Role::Plain;
            item.text = paragraphs.at(i);
            item.header.reset();
        }
    }
}

} // namespace

Segmentation Segmenter::segment(const QString &normalizedText) const
{
    const QStringList paragraphs = splitParagraphs(normalizedText);
    const SpeakerHeaderParser headerParser(normalizedText);

    QList<Classified> classified;
    classified.reserve(paragraphs.size());
    QList<std::optional<TurnLabel>> turnCandidates;
    turnCandidates.reserve(paragraphs.size());
    for (const QString &paragraph : paragraphs) {
        Classified item;
        item.text = paragraph;
        std::optional<TurnLabel> turn;
        if (paragraph.size() <= MaxShortLineLength && captionPattern().match(paragraph).hasMatch()) {
            item.role = Role::Caption;
            item.detection = {u"caption-label"_s, 0.95};
        } else if (paragraph.size() <= MaxShortLineLength && metadataPattern().match(paragraph).hasMatch()) {
            item.role = Role::Metadata;
            item.detection = {u"metadata-label"_s, 0.9};
        } else if (const auto note = editorNotePattern().match(paragraph); note.hasMatch()) {
            item.role = Role::EditorNote;
            item.label = note.captured(1);
            item.text = paragraph.mid(note.capturedEnd()).trimmed();
            item.detection = {u"editor-note-label"_s, 0.98};
        } else {
            turn = TurnLabelParser::parse(paragraph);
            if (auto header = headerParser.parse(paragraph)) {
                item.role = Role::Header;
                item.text = paragraph.mid(header->textStart).trimmed();
                item.detection = {header->rule, header->confidence};
                item.header = std::move(header);
            } else if (const qsizetype stamp = TurnLabelParser::timestampLength(paragraph);
                       stamp > 0 && !turn) {
                item.text = paragraph.mid(stamp); // a timed line without a name continues the turn
            }
        }
        classified.append(item);
        turnCandidates.append(turn);
    }

    // Repetition across the article: where two speakers or more are introduced glued to their speech,
    // another `Name, bio…` paragraph is most likely one more, even with a weak seam.
    const auto gluedHeaders = std::count_if(classified.cbegin(), classified.cend(),
        [](const Classified &c) { return c.header && !c.header->ownLine; });
    if (gluedHeaders >= 2) {
        for (qsizetype i = 0; i < classified.size(); ++i) {
            Classified &item = classified[i];
            if (item.role != Role::Plain || turnCandidates.at(i))
                continue;
            if (auto header = headerParser.parse(paragraphs.at(i), true); header && !header->ownLine) {
                item.role = Role::Header;
                item.text = paragraphs.at(i).mid(header->textStart).trimmed();
                item.detection = {header->rule, header->confidence};
                item.header = std::move(header);
            }
        }
    }

    acceptTurns(classified, turnCandidates, paragraphs);
    acceptNameLines(classified, paragraphs);
    rejectSignOffs(classified, paragraphs);

    // A header on a line of its own needs speech after it; otherwise it was an ordinary line.
    for (qsizetype i = 0; i < classified.size(); ++i) {
        Classified &item = classified[i];
        if (item.role != Role::Header || !item.header->ownLine)
            continue;
        const bool speechFollows = i + 1 < classified.size() && classified.at(i + 1).role == Role::Plain;
        if (!speechFollows) {
            item.role = Role::Plain;
            item.text = paragraphs.at(i);
            item.header.reset();
        }
    }

    const bool hasSpeakers = std::any_of(
        classified.cbegin(), classified.cend(), [](const Classified &c) { return c.role == Role::Header; });

    Segmentation result;
    qsizetype start = 0;
    // The title: the first plain short line, before any note, speech or narration.
    for (qsizetype i = 0; i < classified.size(); ++i) {
        const Classified &item = classified.at(i);
        if (item.role == Role::Caption || item.role == Role::Metadata)
            continue;
        if (item.role == Role::Plain && i + 1 < classified.size() && looksLikeTitle(item.text)) {
            result.title = item.text;
            classified.removeAt(i);
        }
        break;
    }

    auto openSegment = [&result](SegmentKind kind, const SegmentDetection &detection,
                           const QString &label = QString(),
                           std::optional<Speaker> speaker = std::nullopt) -> Segment & {
        Segment segment;
        segment.kind = kind;
        segment.detection = detection;
        segment.label = label;
        segment.speaker = std::move(speaker);
        result.segments.append(segment);
        return result.segments.last();
    };

    // Where plain paragraphs go: the open editor's note (until the first speaker), the current speaker, or
    // narration.
    enum class Flow
    {
        None,
        Note,
        Speech,
        Narration
    };
    Flow flow = Flow::None;
    std::optional<Speaker> currentSpeaker;
    for (qsizetype i = start; i < classified.size(); ++i) {
        const Classified &item = classified.at(i);
        if (item.consumed)
            continue;
        const QString text = TextRules::repairGluedSentences(item.text);
        switch (item.role) {
        case Role::Caption:
            openSegment(SegmentKind::Caption, item.detection).paragraphs.append(text);
            break;
        case Role::Metadata:
            openSegment(SegmentKind::Metadata, item.detection).paragraphs.append(text);
            break;
        case Role::EditorNote: {
            Segment &note = openSegment(SegmentKind::EditorNote, item.detection, item.label);
            if (!text.isEmpty())
                note.paragraphs.append(text);
            // Without speakers after it, the note is its own paragraph and the rest is narration.
            flow = hasSpeakers || text.isEmpty() ? Flow::Note : Flow::None;
            break;
        }
        case Role::Header: {
            currentSpeaker =
                Speaker {item.header->name, item.header->bio.isEmpty() ? QString() : item.header->bio};
            Segment &speech = openSegment(
                SegmentKind::Speaker, item.detection, item.turn ? item.label : QString(), currentSpeaker);
            if (!text.isEmpty())
                speech.paragraphs.append(text);
            flow = Flow::Speech;
            break;
        }
        case Role::Plain: {
            const bool continues = !result.segments.isEmpty() &&
                ((flow == Flow::Note && result.segments.constLast().kind == SegmentKind::EditorNote) ||
                    (flow == Flow::Speech && result.segments.constLast().kind == SegmentKind::Speaker) ||
                    (flow == Flow::Narration && result.segments.constLast().kind == SegmentKind::Narration));
            if (continues) {
                result.segments.last().paragraphs.append(text);
            } else if (flow == Flow::Speech) {
                // Speech interrupted by a caption goes on as the same speaker's turn.
                openSegment(SegmentKind::Speaker, {u"speech-continuation"_s, 0.75}, QString(), currentSpeaker)
                    .paragraphs.append(text);
            } else if (flow == Flow::Note) {
                openSegment(SegmentKind::EditorNote, {u"editor-note-continuation"_s, 0.75})
                    .paragraphs.append(text);
            } else {
                // Text between voices is less certain to be nobody's than a whole report is.
                openSegment(SegmentKind::Narration, {u"narration"_s, hasSpeakers ? 0.7 : 0.9})
                    .paragraphs.append(text);
                flow = Flow::Narration;
            }
            break;
        }
        }
    }

    // A label printed alone whose note never came is no segment.
    result.segments.removeIf([](const Segment &s) { return s.paragraphs.isEmpty(); });
    qCDebug(lcSegment) << "segmented into" << result.segments.size() << "segments, title" << result.title;
    return result;
}

} // namespace Colloquy
