#include "anchor/anchorer.h"
#include "anchor/approximatematcher.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cstdlib>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using Colloquy::Anchor;
using Colloquy::Anchorer;
using Colloquy::AnchorResult;
using Colloquy::AnchorState;
using Colloquy::ApproximateMatcher;

// All fixture text below was written for this test.
namespace {

QStringList roundtable()
{
    return {
        u"Editor's note: Four neighbours met in the back room of the old seed library to talk about the "
        u"repair café they started two winters ago, and about what broke first."_s,
        u"Marguerite Olsen, retired bus mechanic: People bring us toasters, lamps and once a harmonium with "
        u"a "
        u"cracked bellows. We mend what we can, and we show them how, because a fixed thing that nobody "
        u"understands is only half fixed."_s,
        u"Tobias Wren, schoolteacher: The children come for the soldering irons and stay for the stories. "
        u"Last spring a boy of nine rewired a bedside lamp while his grandfather explained how the tram line "
        u"used to run past the bakery."_s,
        u"Ines Achterberg, librarian: We keep a ledger of every repair, so the next person with the same "
        u"kettle knows which fuse to check. The ledger is now thicker than our oldest atlas."_s,
        u"Marguerite Olsen: Thicker and greasier. Somebody spilled sewing-machine oil across the whole of "
        u"March, and we still argue about whether that counts as a repair."_s,
        u"Tobias Wren: It counts. Anything that teaches a child that screws come out again counts. Half my "
        u"class now carries a tiny screwdriver on a shoelace."_s,
        u"Ines Achterberg: What surprised me was the queue of bicycles. On the first Saturday of every month "
        u"the pavement outside looks like a stable, and the smell of chain grease drifts into the reading "
        u"room."_s,
        u"Marguerite Olsen: The hardest jobs are never the motors. They are the things with sentimental glue "
        u"in them: a music box from a wedding, a radio that a father listened to every evening, a clock that "
        u"stopped the day somebody left."_s,
    };
}

const QString accented =
    u"La crème brûlée du café d'Élodie était trop sucrée, mais personne n'a osé le lui dire."_s;
const QString chinese =
    u"星期六早上，我们在图书馆后面修理旧收音机和台灯。孩子们学会了怎样安全地使用电烙铁。"_s;
const QString withEmoji =
    u"Bring the kettle 🫖 and the lamp 💡 on Saturday morning, before the queue starts."_s;

/// Prose of about `length` code units from a fixed vocabulary, reproducible from `seed`.
QString generatedProse(quint32 seed, qsizetype length)
{
    static const QStringList words = QStringLiteral(
        "lantern orchard ferry kettle ledger spindle harbour meadow copper valve bellows thimble quarry "
        "saddle pylon tramline bakery atlas compass shutter gravel willow pewter hinge rivet spool cellar "
        "attic furnace barrow chisel ladder cistern gable lintel plaster mortar trowel anvil bracket "
        "gasket flywheel piston sprocket pulley winch tether rudder keel mast canvas oar buoy jetty quay "
        "mends carries sweeps folds tightens loosens polishes rewires solders borrows returns measures "
        "weighs hums whistles listens waits argues counts sorts labels stacks sands oils paints "
        "quietly slowly twice nearly already often early late gladly barely "
        "blue narrow crooked heavy brittle warm rusty patient stubborn careful bright "
        "under over beside behind through across along between toward")
                                         .split(u' ');
    QRandomGenerator random(seed);
    QString prose;
    while (prose.size() < length) {
        if (!prose.isEmpty())
            prose += random.bounded(9) == 0 ? u". "_s : (random.bounded(7) == 0 ? u", "_s : u" "_s);
        prose += words.at(random.bounded(words.size()));
    }
    prose.truncate(length);
    return prose;
}

qsizetype nthIndexOf(QStringView text, QStringView needle, int occurrence)
{
    qsizetype at = text.indexOf(needle);
    for (int i = 0; i < occurrence && at >= 0; ++i)
        at = text.indexOf(needle, at + 1);
    return at;
}

qsizetype countOf(const QStringList &texts, QStringView needle)
{
    qsizetype count = 0;
    for (const QString &text : texts) {
        for (qsizetype at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1))
            ++count;
    }
    return count;
}

QStringList replaced(QStringList texts, qsizetype segment, const QString &before, const QString &after)
{
    Q_ASSERT(texts[segment].contains(before));
    texts[segment].replace(texts[segment].indexOf(before), before.size(), after);
    return texts;
}

QString textAt(const QStringList &texts, const AnchorResult &result)
{
    if (result.segment < 0 || result.segment >= texts.size())
        return {};
    return texts[result.segment].sliced(result.position.start, result.position.length());
}

QString describe(const AnchorResult &result, const QStringList &texts)
{
    return u"%1 in segment %2 at [%3, %4) errors %5 score %6: \"%7\""_s.arg(anchorStateName(result.state))
        .arg(result.segment)
        .arg(result.position.start)
        .arg(result.position.end)
        .arg(result.errors)
        .arg(result.score)
        .arg(textAt(texts, result));
}

/// Sellers' dynamic programme: for each j, the least edit distance between
/// `pattern` and a substring of `text` ending at j.
std::vector<int> referenceEndDistances(QStringView pattern, QStringView text)
{
    std::vector<int> column(pattern.size() + 1);
    for (qsizetype i = 0; i < qsizetype(column.size()); ++i)
        column[i] = int(i);
    std::vector<int> ends {column.back()};
    for (const QChar c : text) {
        int diagonal = column[0];
        column[0] = 0;
        for (qsizetype i = 1; i < qsizetype(column.size()); ++i) {
            const int above = column[i];
            column[i] =
                std::min({column[i] + 1, column[i - 1] + 1, diagonal + (pattern[i - 1] == c ? 0 : 1)});
            diagonal = above;
        }
        ends.push_back(column.back());
    }
    return ends;
}

int referenceDistance(QStringView a, QStringView b)
{
    std::vector<int> row(b.size() + 1);
    for (qsizetype j = 0; j < qsizetype(row.size()); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row.back();
}

/// For each start s <= end, the edit distance between `pattern` and text[s, end).
std::vector<int> referenceDistancesEndingAt(QStringView pattern, QStringView text, qsizetype end)
{
    // Reversed: the pattern against ever longer windows that all end at `end`.
    std::vector<int> row(end + 1);
    for (qsizetype j = 0; j <= end; ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= pattern.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= end; ++j) {
            const int above = row[j];
            const bool same = pattern[pattern.size() - i] == text[end - j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (same ? 0 : 1)});
            diagonal = above;
        }
    }
    std::vector<int> byStart(end + 1);
    for (qsizetype j = 0; j <= end; ++j)
        byStart[end - j] = row[j];
    return byStart;
}

int referenceBestDistance(QStringView pattern, QStringView text)
{
    const std::vector<int> ends = referenceEndDistances(pattern, text);
    return *std::min_element(ends.cbegin(), ends.cend());
}

QString randomString(QRandomGenerator &random, QStringView alphabet, qsizetype length)
{
    QString text;
    text.reserve(length);
    for (qsizetype i = 0; i < length; ++i)
        text += alphabet[random.bounded(alphabet.size())];
    return text;
}

/// Up to `edits` random single-unit substitutions, insertions and deletions.
QString mutated(QRandomGenerator &random, QString text, QStringView alphabet, int edits)
{
    for (int e = 0; e < edits && !text.isEmpty(); ++e) {
        const qsizetype at = random.bounded(text.size());
        switch (random.bounded(3)) {
        case 0:
            text[at] = alphabet[random.bounded(alphabet.size())];
            break;
        case 1:
            text.insert(at, alphabet[random.bounded(alphabet.size())]);
            break;
        default:
            text.remove(at, 1);
            break;
        }
    }
    return text;
}

} // namespace

class TestAnchoring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quoteSelectorsKeepContext_data();
    void quoteSelectorsKeepContext();
    void stateNamesRoundTrip();
    void errorBudgetGrowsWithTheQuote();

    void reanchoring_data();
    void reanchoring();
    void repeatedQuotes_data();
    void repeatedQuotes();
    void fuzzyErrorBudget_data();
    void fuzzyErrorBudget();
    void shortQuotesMatchOnlyExactly_data();
    void shortQuotesMatchOnlyExactly();
    void emptyInputsAreOrphaned();
    void unchangedTextScoresOne();

    void matcherAgreesWithDynamicProgramming_data();
    void matcherAgreesWithDynamicProgramming();
    void matcherHandlesEmptyPatternAndBounds();

    void randomEditsAroundQuotesKeepThemExact();
    void fewEditsInsideQuotesAreFoundFuzzily();
    void fuzzyMatchInALargeArticle();
};

void TestAnchoring::quoteSelectorsKeepContext_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");
    QTest::addColumn<int>("context");
    QTest::addColumn<QString>("exact");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("suffix");

    const QString text = roundtable().at(1);
    const int at = int(text.indexOf(u"a harmonium"));
    QTest::newRow("middle of a segment has full context")
        << text << at << at + 11 << 32 << u"a harmonium"_s << text.sliced(at - 32, 32)
        << text.sliced(at + 11, 32);
    QTest::newRow("start of a segment has no prefix")
        << text << 0 << 10 << 32 << u"Marguerite"_s << QString() << text.sliced(10, 32);
    QTest::newRow("end of a segment has no suffix")
        << text << int(text.size() - 6) << int(text.size()) << 32 << u"fixed."_s
        << text.sliced(text.size() - 38, 32) << QString();
    QTest::newRow("offsets are clamped to the text")
        << u"short text"_s << -5 << 99 << 32 << u"short text"_s << QString() << QString();
    QTest::newRow("end before start is an empty quote")
        << u"short text"_s << 6 << 2 << 32 << QString() << u"short "_s << u"text"_s;
    QTest::newRow("zero context") << u"short text"_s << 0 << 5 << 0 << u"short"_s << QString() << QString();
    // Two units of context on each side would take half of each emoji's surrogate pair.
    QTest::newRow("context keeps surrogate pairs whole")
        << u"a💡 lamp 💡b"_s << 4 << 8 << 2 << u"lamp"_s << u" "_s << u" "_s;
    QTest::newRow("context takes whole surrogate pairs")
        << u"a💡 lamp 💡b"_s << 4 << 8 << 3 << u"lamp"_s << u"💡 "_s << u" 💡"_s;
}

void TestAnchoring::quoteSelectorsKeepContext()
{
    QFETCH(QString, text);
    QFETCH(int, start);
    QFETCH(int, end);
    QFETCH(int, context);
    QFETCH(QString, exact);
    QFETCH(QString, prefix);
    QFETCH(QString, suffix);

    const Colloquy::TextQuoteSelector quote = Colloquy::quoteSelectorFor(text, start, end, context);
    QCOMPARE(quote.exact, exact);
    QCOMPARE(quote.prefix, prefix);
    QCOMPARE(quote.suffix, suffix);
}

void TestAnchoring::stateNamesRoundTrip()
{
    const QStringList names {u"anchored"_s, u"moved"_s, u"fuzzy"_s, u"orphaned"_s};
    for (const QString &name : names) {
        const std::optional<AnchorState> state = Colloquy::anchorStateFromName(name);
        QVERIFY2(state, qPrintable(name));
        QCOMPARE(Colloquy::anchorStateName(*state), name);
    }
    QVERIFY(!Colloquy::anchorStateFromName(u"Anchored"));
    QVERIFY(!Colloquy::anchorStateFromName(u""));
}

void TestAnchoring::errorBudgetGrowsWithTheQuote()
{
    QCOMPARE(Anchorer::maxErrorsFor(0), 0);
    QCOMPARE(Anchorer::maxErrorsFor(3), 0);
    QCOMPARE(Anchorer::maxErrorsFor(4), 1);
    QCOMPARE(Anchorer::maxErrorsFor(33), 8);
    QCOMPARE(Anchorer::maxErrorsFor(128), 32);
    QCOMPARE(Anchorer::maxErrorsFor(5000), 32);
}

// A highlight made in `original`, then the text edited: where does it land?
void TestAnchoring::reanchoring_data()
{
    QTest::addColumn<QStringList>("original");
    QTest::addColumn<int>("segment");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QStringList>("edited");
    QTest::addColumn<QString>("state");
    QTest::addColumn<int>("newSegment");
    QTest::addColumn<QString>("newText"); ///< what the result covers; its first occurrence in the new segment

    const QStringList r = roundtable();
    const QString harmonium = u"a harmonium with a cracked bellows"_s;

    // 1. The stored offsets still hold the quote.
    QTest::newRow("unchanged text is anchored")
        << r << 1 << harmonium << r << u"anchored"_s << 1 << harmonium;
    QTest::newRow("suffix edited, quote intact, is anchored")
        << r << 1 << harmonium << replaced(r, 1, u"We mend what we can"_s, u"We fix whatever we can"_s)
        << u"anchored"_s << 1 << harmonium;
    QTest::newRow("prefix edited in place, quote intact, is anchored")
        << r << 1 << harmonium << replaced(r, 1, u"and once a"_s, u"and then a"_s) << u"anchored"_s << 1
        << harmonium;
    QTest::newRow("edits in other segments leave the offsets alone")
        << r << 1 << harmonium
        << replaced(
               replaced(r, 0, u"Four neighbours"_s, u"Five neighbours and a dog"_s), 2, u"nine"_s, u"ten"_s)
        << u"anchored"_s << 1 << harmonium;

    // 2. The exact quote elsewhere in its segment.
    QTest::newRow("prefix edited to a longer word moves the quote")
        << r << 1 << harmonium << replaced(r, 1, u"and once a"_s, u"and one wet Tuesday a"_s) << u"moved"_s
        << 1 << harmonium;
    QTest::newRow("sentence inserted before the quote moves it")
        << r << 1 << harmonium
        << replaced(r, 1, u"People bring us"_s, u"Every Saturday is different. People bring us"_s)
        << u"moved"_s << 1 << harmonium;
    QTest::newRow("text deleted before the quote moves it")
        << r << 1 << harmonium << replaced(r, 1, u"toasters, lamps and "_s, u"toasters and "_s) << u"moved"_s
        << 1 << harmonium;

    // 3. The exact quote in another segment.
    const QString halfFixed = u"a fixed thing that nobody understands is only half fixed"_s;
    QTest::newRow("quote moved to another segment")
        << r << 1 << halfFixed
        << replaced(replaced(r, 1, u", because "_s + halfFixed, QString()), 3, u"atlas."_s,
               u"atlas. As Marguerite says, "_s + halfFixed + u"."_s)
        << u"moved"_s << 3 << halfFixed;
    {
        QStringList split = r;
        const qsizetype at = split[1].indexOf(u"We mend");
        split.insert(2, split[1].sliced(at));
        split[1].truncate(at - 1);
        QTest::newRow("segment split in two moves the quote to the new segment")
            << r << 1 << u"we show them how"_s << split << u"moved"_s << 2 << u"we show them how"_s;
    }
    {
        QStringList merged = r;
        merged[2] += u' ' + merged.takeAt(3);
        QTest::newRow("segments merged move the quote into the merged one")
            << r << 3 << u"knows which fuse to check"_s << merged << u"moved"_s << 2
            << u"knows which fuse to check"_s;
    }
    {
        QStringList fewer = r;
        fewer.removeAt(4);
        fewer.removeAt(0);
        QTest::newRow("stored segment past the end is searched for in the article")
            << r << 5 << u"a tiny screwdriver on a shoelace"_s << fewer << u"moved"_s << 3
            << u"a tiny screwdriver on a shoelace"_s;
    }
    QTest::newRow("exact quote in another segment beats a fuzzy one at home")
        << r << 1 << harmonium
        << replaced(replaced(r, 1, u"cracked"_s, u"split"_s), 3, u"atlas."_s,
               u"atlas, and "_s + harmonium + u"."_s)
        << u"moved"_s << 3 << harmonium;

    // 4. A bounded approximate match.
    QTest::newRow("a word changed inside the quote is fuzzy")
        << r << 1 << harmonium << replaced(r, 1, u"cracked bellows"_s, u"split bellows"_s) << u"fuzzy"_s << 1
        << u"a harmonium with a split bellows"_s;
    QTest::newRow("a letter dropped inside the quote is fuzzy")
        << r << 2 << u"come for the soldering irons and stay"_s
        << replaced(r, 2, u"soldering"_s, u"solderng"_s) << u"fuzzy"_s << 2
        << u"come for the solderng irons and stay"_s;
    const QString ledger = u"The ledger is now thicker than our oldest atlas"_s;
    QTest::newRow("quote reworded and moved to another segment is fuzzy there")
        << r << 3 << ledger
        << replaced(replaced(r, 3, u" "_s + ledger + u"."_s, QString()), 4, u"as a repair."_s,
               u"as a repair. The ledger is now fatter than our oldest atlas."_s)
        << u"fuzzy"_s << 4 << u"The ledger is now fatter than our oldest atlas"_s;

    // 5. Orphaned.
    QTest::newRow("quote deleted is orphaned")
        << r << 1 << harmonium << replaced(r, 1, u"lamps and once "_s + harmonium, u"lamps"_s)
        << u"orphaned"_s << -1 << QString();
    QTest::newRow("quote rewritten beyond the error budget is orphaned")
        << r << 1 << harmonium << replaced(r, 1, harmonium, u"an old church organ that wheezed"_s)
        << u"orphaned"_s << -1 << QString();
    QTest::newRow("no segments left is orphaned")
        << r << 1 << harmonium << QStringList() << u"orphaned"_s << -1 << QString();
    QTest::newRow("only empty segments left is orphaned")
        << r << 1 << harmonium << QStringList {QString(), QString()} << u"orphaned"_s << -1 << QString();

    // A quote spanning the whole segment.
    const QString whole = r.at(5);
    QTest::newRow("whole segment quoted and unchanged is anchored")
        << r << 5 << whole << r << u"anchored"_s << 5 << whole;
    QTest::newRow("whole segment quoted, a sentence prepended, moves")
        << r << 5 << whole << replaced(r, 5, u"Tobias"_s, u"Laughter. Tobias"_s) << u"moved"_s << 5 << whole;
    {
        const QStringList edited = replaced(r, 5, u"tiny"_s, u"small"_s);
        QTest::newRow("whole segment quoted, one word changed, is fuzzy")
            << r << 5 << whole << edited << u"fuzzy"_s << 5 << edited.at(5);
    }

    // Beyond ASCII: code units, with offsets as QString indexes.
    const QString creme = u"crème brûlée du café d'Élodie"_s;
    QTest::newRow("accented quote after an insertion moves")
        << QStringList {accented} << 0 << creme << QStringList {u"Hier soir, l"_s + accented.sliced(1)}
        << u"moved"_s << 0 << creme;
    QTest::newRow("accent dropped inside the quote is fuzzy")
        << QStringList {accented} << 0 << creme << replaced({accented}, 0, u"brûlée"_s, u"brulée"_s)
        << u"fuzzy"_s << 0 << u"crème brulée du café d'Élodie"_s;
    QTest::newRow("CJK quote after an insertion moves")
        << QStringList {chinese} << 0 << u"修理旧收音机和台灯"_s << QStringList {u"上个月"_s + chinese}
        << u"moved"_s << 0 << u"修理旧收音机和台灯"_s;
    QTest::newRow("CJK character changed inside the quote is fuzzy")
        << QStringList {chinese} << 0 << u"孩子们学会了怎样安全地使用电烙铁"_s
        << replaced({chinese}, 0, u"安全"_s, u"小心"_s) << u"fuzzy"_s << 0
        << u"孩子们学会了怎样小心地使用电烙铁"_s;
    QTest::newRow("emoji inserted before the quote moves it")
        << QStringList {withEmoji} << 0 << u"the lamp 💡 on Saturday"_s << QStringList {u"🔧 "_s + withEmoji}
        << u"moved"_s << 0 << u"the lamp 💡 on Saturday"_s;
    QTest::newRow("emoji swapped inside the quote is fuzzy")
        << QStringList {withEmoji} << 0 << u"the lamp 💡 on Saturday"_s
        << replaced({withEmoji}, 0, u"💡"_s, u"🔦"_s) << u"fuzzy"_s << 0 << u"the lamp 🔦 on Saturday"_s;

    // Case-sensitive.
    QTest::newRow("case changed in a longer quote is fuzzy")
        << QStringList {withEmoji} << 0 << u"Saturday morning"_s
        << replaced({withEmoji}, 0, u"Saturday"_s, u"saturday"_s) << u"fuzzy"_s << 0 << u"saturday morning"_s;
}

void TestAnchoring::reanchoring()
{
    QFETCH(QStringList, original);
    QFETCH(int, segment);
    QFETCH(QString, quote);
    QFETCH(QStringList, edited);
    QFETCH(QString, state);
    QFETCH(int, newSegment);
    QFETCH(QString, newText);

    const qsizetype at = original[segment].indexOf(quote);
    QVERIFY(at >= 0);
    const Anchor stored = Anchorer::describe(original[segment], segment, at, at + quote.size());
    QCOMPARE(stored.quote.exact, quote);

    const AnchorResult result = Anchorer().anchor(stored, edited);
    const QString found = describe(result, edited);
    QVERIFY2(anchorStateName(result.state) == state, qPrintable(found));
    QCOMPARE(result.segment, newSegment);
    if (result.state == AnchorState::Orphaned) {
        QCOMPARE(result.position, Colloquy::TextPositionSelector());
        QCOMPARE(result.score, 0.0);
        return;
    }
    QCOMPARE(textAt(edited, result), newText);
    QCOMPARE(result.position.start, edited[newSegment].indexOf(newText));
    if (result.state == AnchorState::Fuzzy) {
        QCOMPARE(result.errors, referenceDistance(quote, newText));
        QVERIFY(result.errors >= 1 && result.errors <= Anchorer::maxErrorsFor(quote.size()));
    } else {
        QCOMPARE(result.errors, 0);
    }
    QVERIFY2(result.score > 0.0 && result.score <= 1.0 + 1e-9, qPrintable(found));
}

// The same quote several times in a segment: the occurrence whose context fits, then the nearest, wins.
void TestAnchoring::repeatedQuotes_data()
{
    QTest::addColumn<QString>("original");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<int>("occurrence");
    QTest::addColumn<QString>("edited");
    QTest::addColumn<QString>("state");
    QTest::addColumn<int>("newOccurrence");

    const QString askers =
        u"Olsen asked whether it was the fuse, and nobody knew. Then Wren asked whether it was the "
        u"fuse, and the room went quiet for a long while. Finally Achterberg asked whether it "
        u"was the fuse, and it was."_s;
    const QString whether = u"whether it was the fuse"_s;
    QTest::newRow("unchanged, each occurrence keeps its place")
        << askers << whether << 1 << askers << u"anchored"_s << 1;
    QTest::newRow("insertion before all occurrences, context picks the same one")
        << askers << whether << 1 << u"On Tuesday, "_s + askers << u"moved"_s << 1;
    QTest::newRow("last occurrence after an insertion, the nearer one loses on context")
        << askers << whether << 2
        << QString(askers).replace(u"went quiet"_s,
               u"went quiet while the kettle cooled, the lamp ticked on the shelf and somebody's dog sighed "
               u"under the table by the door"_s)
        << u"moved"_s << 2;
    QTest::newRow("first occurrence after its prefix changed, the others keep theirs")
        << askers << whether << 0 << QString(askers).replace(u"Olsen asked"_s, u"Olsen wondered"_s)
        << u"moved"_s << 0;

    // "Notes from Tuesday " is exactly as long as "A: check the fuse. ", so the insertion shifts the
    // first occurrence onto the stored offsets of the second: they hold the quote, in the wrong context.
    const QString fuses = u"A: check the fuse. B: check the fuse. C: check the fuse."_s;
    QTest::newRow("insertion shifts another occurrence onto the old offsets")
        << fuses << u"check the fuse"_s << 1 << u"Notes from Tuesday "_s + fuses << u"moved"_s << 1;

    // Occurrences 2 to 4 have the same 32 units of context on both sides: only the distance tells them apart.
    QString dial;
    for (int i = 0; i < 6; ++i)
        dial += u"Tap the dial twice and wait. "_s;
    QTest::newRow("identical contexts, the nearest occurrence wins")
        << dial << u"Tap the dial twice"_s << 3 << u"Then "_s + dial << u"moved"_s << 3;
    QTest::newRow("identical contexts, unchanged offsets stay")
        << dial << u"Tap the dial twice"_s << 3 << dial + u"Done."_s << u"anchored"_s << 3;
}

void TestAnchoring::repeatedQuotes()
{
    QFETCH(QString, original);
    QFETCH(QString, quote);
    QFETCH(int, occurrence);
    QFETCH(QString, edited);
    QFETCH(QString, state);
    QFETCH(int, newOccurrence);

    const qsizetype at = nthIndexOf(original, quote, occurrence);
    QVERIFY(at >= 0);
    const Anchor stored = Anchorer::describe(original, 0, at, at + quote.size());
    const AnchorResult result = Anchorer().anchor(stored, QStringList {edited});
    const QString found = describe(result, {edited});
    QVERIFY2(anchorStateName(result.state) == state, qPrintable(found));
    QCOMPARE(result.segment, 0);
    QVERIFY2(result.position.start == nthIndexOf(edited, quote, newOccurrence), qPrintable(found));
    QCOMPARE(result.position.length(), quote.size());
}

// A quote with exactly the allowed number of edits is found; one more and it is orphaned.
void TestAnchoring::fuzzyErrorBudget_data()
{
    QTest::addColumn<int>("quoteLength");
    QTest::addColumn<int>("edits");
    QTest::addColumn<QString>("operation");

    const QStringList operations {u"substitute"_s, u"delete"_s, u"insert"_s};
    // 64 and 65 straddle the bit-vector word; 3000 needs 47 blocks.
    const int lengths[] = {4, 8, 33, 64, 65, 128, 129, 200, 1000, 3000};
    int row = 0;
    for (const int length : lengths) {
        const int budget = Anchorer::maxErrorsFor(length);
        for (const int edits : {budget, budget + 1}) {
            const QString &operation = operations.at(row++ % operations.size());
            const QByteArray name = QByteArray::number(length) + "-unit quote, " + QByteArray::number(edits) +
                " " + operation.toLatin1() + (edits > budget ? ", over budget" : ", at budget");
            QTest::newRow(name.constData()) << length << edits << operation;
        }
    }
}

void TestAnchoring::fuzzyErrorBudget()
{
    QFETCH(int, quoteLength);
    QFETCH(int, edits);
    QFETCH(QString, operation);

    // Digits around letters: nothing else in the segment can come near the quote.
    const QString quote = generatedProse(7 + quoteLength, quoteLength);
    const QString before = u"0123456789"_s.repeated(5);
    const QString after = u"9876543210"_s.repeated(5);
    const QStringList original {before + quote + after};
    const Anchor stored = Anchorer::describe(original[0], 0, before.size(), before.size() + quote.size());

    // Edits at distinct inner positions, spread evenly, applied from the back.
    QString changed = quote;
    for (int e = edits - 1; e >= 0; --e) {
        const qsizetype at = 1 + qsizetype(e) * (quoteLength - 2) / edits;
        if (operation == u"substitute")
            changed[at] = u'#';
        else if (operation == u"delete")
            changed.remove(at, 1);
        else
            changed.insert(at, u'#');
    }
    const QStringList edited {before + changed + after};
    QCOMPARE(referenceBestDistance(quote, edited[0]), edits);

    const AnchorResult result = Anchorer().anchor(stored, edited);
    const QString found = describe(result, edited);
    if (edits > Anchorer::maxErrorsFor(quoteLength)) {
        QVERIFY2(result.state == AnchorState::Orphaned, qPrintable(found));
        return;
    }
    QVERIFY2(result.state == AnchorState::Fuzzy, qPrintable(found));
    QCOMPARE(result.errors, edits);
    QCOMPARE(result.position.start, before.size());
    QCOMPARE(result.position.end, before.size() + changed.size());
}

void TestAnchoring::shortQuotesMatchOnlyExactly_data()
{
    QTest::addColumn<QString>("original");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QString>("edited");
    QTest::addColumn<QString>("state");

    const QString fable = u"The Fox and the Crow, told twice."_s;
    QTest::newRow("one unit unchanged is anchored") << fable << u"C"_s << fable << u"anchored"_s;
    QTest::newRow("two units after an insertion move")
        << fable << u"Fo"_s << u"Once: "_s + fable << u"moved"_s;
    QTest::newRow("three units with one changed are orphaned")
        << fable << u"Fox"_s << QString(fable).replace(u"Fox"_s, u"Fix"_s) << u"orphaned"_s;
    QTest::newRow("three units in another case are orphaned")
        << fable << u"Fox"_s << QString(fable).replace(u"Fox"_s, u"fox"_s) << u"orphaned"_s;
    QTest::newRow("one CJK unit after an insertion moves")
        << chinese << u"图"_s << u"上个月"_s + chinese << u"moved"_s;
    QTest::newRow("one CJK unit replaced is orphaned")
        << chinese << u"灯"_s << QString(chinese).replace(u"灯"_s, u"光"_s) << u"orphaned"_s;
}

void TestAnchoring::shortQuotesMatchOnlyExactly()
{
    QFETCH(QString, original);
    QFETCH(QString, quote);
    QFETCH(QString, edited);
    QFETCH(QString, state);

    QCOMPARE(Anchorer::maxErrorsFor(quote.size()), 0);
    const qsizetype at = original.indexOf(quote);
    const Anchor stored = Anchorer::describe(original, 0, at, at + quote.size());
    const AnchorResult result = Anchorer().anchor(stored, QStringList {edited});
    QVERIFY2(anchorStateName(result.state) == state, qPrintable(describe(result, {edited})));
    if (result.state != AnchorState::Orphaned)
        QCOMPARE(textAt({edited}, result), quote);
}

void TestAnchoring::emptyInputsAreOrphaned()
{
    const Anchorer anchorer;
    const QStringList r = roundtable();

    const Anchor empty = Anchorer::describe(r[1], 1, 12, 12);
    QVERIFY(empty.quote.exact.isEmpty());
    QCOMPARE(anchorer.anchor(empty, r).state, AnchorState::Orphaned);

    const Anchor fromEmptyText = Anchorer::describe(QString(), 0, 0, 5);
    QCOMPARE(fromEmptyText.position, Colloquy::TextPositionSelector());
    QCOMPARE(anchorer.anchor(fromEmptyText, QStringList {QString()}).state, AnchorState::Orphaned);

    const Anchor lamp = Anchorer::describe(r[2], 2, 0, 20);
    QCOMPARE(anchorer.anchor(lamp, QStringList()).state, AnchorState::Orphaned);
    QCOMPARE(anchorer.anchor(lamp, QList<QStringView>()).state, AnchorState::Orphaned);
    QCOMPARE(anchorer.anchor(lamp, QStringList {QString(), QString()}).state, AnchorState::Orphaned);

    // A corrupt segment index or offsets are searched for like any moved quote.
    Anchor corrupt = lamp;
    corrupt.segment = -3;
    corrupt.position = {-40, 900};
    const AnchorResult result = anchorer.anchor(corrupt, r);
    QCOMPARE(result.state, AnchorState::Moved);
    QCOMPARE(result.segment, 2);
    QCOMPARE(result.position, (Colloquy::TextPositionSelector {0, 20}));
}

void TestAnchoring::unchangedTextScoresOne()
{
    const QStringList r = roundtable();
    for (qsizetype segment = 0; segment < r.size(); ++segment) {
        const qsizetype start = r[segment].size() / 3;
        const Anchor stored = Anchorer::describe(r[segment], segment, start, start + 24);
        const AnchorResult result = Anchorer().anchor(stored, r);
        QCOMPARE(result.state, AnchorState::Anchored);
        QCOMPARE(result.position, stored.position);
        QVERIFY(qFuzzyCompare(result.score, 1.0));
    }
}

void TestAnchoring::matcherAgreesWithDynamicProgramming_data()
{
    QTest::addColumn<QString>("alphabet");
    QTest::addColumn<quint32>("seed");

    QTest::newRow("two letters, many near matches") << u"ab"_s << 11u;
    QTest::newRow("letters and space") << u"abcde "_s << 12u;
    // Units beyond Latin-1 go through the matcher's hash; the emoji adds both surrogate halves.
    QTest::newRow("CJK, accents and surrogate halves") << u"aé中文💡"_s << 13u;
}

void TestAnchoring::matcherAgreesWithDynamicProgramming()
{
    QFETCH(QString, alphabet);
    QFETCH(quint32, seed);

    QRandomGenerator random(seed);
    for (const int length : {1, 2, 7, 63, 64, 65, 100, 127, 128, 129, 250}) {
        const QString pattern = randomString(random, alphabet, length);
        QString text = randomString(random, alphabet, 200);
        for (int copy = 0; copy < 4; ++copy) {
            text += mutated(random, pattern, alphabet, random.bounded(length / 3 + 1));
            text += randomString(random, alphabet, random.bounded(40));
        }
        const ApproximateMatcher matcher(pattern);
        QCOMPARE(matcher.pattern(), pattern);
        const std::vector<int> reference = referenceEndDistances(pattern, text);

        for (const int k : {0, 1, length / 8, length / 4, length / 2, length, length + 3}) {
            QStringList expected;
            for (qsizetype j = 1; j < qsizetype(reference.size()); ++j) {
                if (reference[j] <= k)
                    expected += u"%1:%2"_s.arg(j).arg(reference[j]);
            }
            QStringList actual;
            for (const ApproximateMatcher::End &end : matcher.findEnds(text, k))
                actual += u"%1:%2"_s.arg(end.end).arg(end.errors);
            QVERIFY2(actual == expected,
                qPrintable(u"pattern length %1, k %2: %3 ends, expected %4"_s.arg(length)
                               .arg(k)
                               .arg(actual.size())
                               .arg(expected.size())));

            for (const ApproximateMatcher::Match &match : matcher.findMatches(text, k)) {
                QVERIFY(match.start >= 0 && match.start <= match.end && match.end <= text.size());
                QCOMPARE(match.errors, reference[match.end]);
                QCOMPARE(referenceDistance(
                             pattern, QStringView(text).sliced(match.start, match.end - match.start)),
                    match.errors);
            }
        }

        for (qsizetype end = 0; end <= text.size(); end += 7) {
            const int k = length / 4;
            const QList<ApproximateMatcher::Match> matches = matcher.matchesEndingAt(text, end, k);
            QCOMPARE(matches.isEmpty(), reference[end] > k);
            // Exactly the starts that reach the least distance, in order.
            // Starts further back than m + k cannot be within k.
            const qsizetype from = std::max<qsizetype>(0, end - length - k - 1);
            const std::vector<int> byStart =
                referenceDistancesEndingAt(pattern, QStringView(text).sliced(from, end - from), end - from);
            QList<qsizetype> expectedStarts;
            for (qsizetype start = from; start <= end && !matches.isEmpty(); ++start) {
                if (byStart[start - from] == reference[end])
                    expectedStarts.append(start);
            }
            QList<qsizetype> starts;
            for (const ApproximateMatcher::Match &match : matches) {
                QCOMPARE(match.end, end);
                QCOMPARE(match.errors, reference[end]);
                starts.append(match.start);
            }
            QCOMPARE(starts, expectedStarts);
        }

        for (int trial = 0; trial < 20; ++trial) {
            const QString other = mutated(random, pattern, alphabet, random.bounded(length + 1));
            QCOMPARE(matcher.distance(other), referenceDistance(pattern, other));
        }
        QCOMPARE(matcher.distance(QString()), length);
    }
}

void TestAnchoring::matcherHandlesEmptyPatternAndBounds()
{
    const ApproximateMatcher empty {QStringView()};
    QVERIFY(empty.findEnds(u"anything", 3).isEmpty());
    QVERIFY(empty.findMatches(u"anything", 3).isEmpty());
    QCOMPARE(empty.distance(u"four"), 4);
    QCOMPARE(empty.matchesEndingAt(u"four", 2, 0), (QList<ApproximateMatcher::Match> {{2, 2, 0}}));

    ApproximateMatcher kettle(u"kettle");
    QVERIFY(kettle.findEnds(u"a kettle", -1).isEmpty());
    QVERIFY(kettle.findEnds(QStringView(), 2).isEmpty());
    QVERIFY(kettle.matchesEndingAt(u"a kettle", 9, 2).isEmpty());
    QVERIFY(kettle.matchesEndingAt(u"a kettle", -1, 2).isEmpty());
    QCOMPARE(kettle.matchesEndingAt(u"a kettle", 8, 0), (QList<ApproximateMatcher::Match> {{2, 8, 0}}));
    QCOMPARE(kettle.findMatches(u"a kettle, a ketle", 1),
        (QList<ApproximateMatcher::Match> {{2, 8, 0}, {12, 17, 1}}));
    // An insertion next to the start: "k#ettle", "#ettle" (substituted) or "ettle", one error each.
    QCOMPARE(kettle.matchesEndingAt(u"k#ettle", 7, 1),
        (QList<ApproximateMatcher::Match> {{0, 7, 1}, {1, 7, 1}, {2, 7, 1}}));

    const ApproximateMatcher moved = std::move(kettle);
    QCOMPARE(moved.pattern(), u"kettle"_s);
}

// Highlights over random spans, random small edits elsewhere: every quote is found exactly.
void TestAnchoring::randomEditsAroundQuotesKeepThemExact()
{
    const QString insertable = u"abcdefghijklmnopqrstuvwxyz ,.éçü—"_s;
    const QStringList original = roundtable();
    const Anchorer anchorer;
    QRandomGenerator random(20240611);
    int exactPlaces = 0;

    for (int round = 0; round < 400; ++round) {
        QStringList texts = original;
        const qsizetype segment = random.bounded(texts.size());
        const qsizetype length = std::min<qsizetype>(1 + random.bounded(80), texts[segment].size());
        const qsizetype start = random.bounded(texts[segment].size() - length + 1);
        const Anchor stored = Anchorer::describe(texts[segment], segment, start, start + length);
        qsizetype trueStart = start;

        const int edits = 1 + random.bounded(6);
        for (int e = 0; e < edits; ++e) {
            const qsizetype target = random.bounded(texts.size());
            QString &text = texts[target];
            qsizetype lo = 0;
            qsizetype hi = text.size();
            const bool before = target == segment && random.bounded(2) == 0;
            if (target == segment) {
                lo = before ? 0 : trueStart + length;
                hi = before ? trueStart : text.size();
            }
            const qsizetype at = lo + random.bounded(hi - lo + 1);
            const qsizetype removed = std::min<qsizetype>(hi - at, random.bounded(7));
            const QString inserted =
                random.bounded(3) == 0 ? QString() : randomString(random, insertable, 1 + random.bounded(6));
            text.replace(at, removed, inserted);
            if (before)
                trueStart += inserted.size() - removed;
        }

        const AnchorResult result = anchorer.anchor(stored, texts);
        const QString context = u"round %1, quote \"%2\" from segment %3 at %4: %5"_s.arg(round)
                                    .arg(stored.quote.exact)
                                    .arg(segment)
                                    .arg(start)
                                    .arg(describe(result, texts));
        QVERIFY2(
            result.state == AnchorState::Anchored || result.state == AnchorState::Moved, qPrintable(context));
        QVERIFY2(textAt(texts, result) == stored.quote.exact, qPrintable(context));
        if (countOf(texts, stored.quote.exact) == 1) {
            QVERIFY2(result.segment == segment && result.position.start == trueStart, qPrintable(context));
            ++exactPlaces;
        }
    }
    QVERIFY(exactPlaces > 200); // most spans are unique: the check above is not vacuous
}

// Highlights over random spans, at most the allowed number of edits inside each: found fuzzily in place.
void TestAnchoring::fewEditsInsideQuotesAreFoundFuzzily()
{
    const QString insertable = u"abcdefghijklmnopqrstuvwxyz ,.é"_s;
    const QStringList original = roundtable();
    const Anchorer anchorer;
    QRandomGenerator random(77031);
    int fuzzy = 0;

    for (int round = 0; round < 300; ++round) {
        QStringList texts = original;
        const qsizetype segment = random.bounded(texts.size());
        const qsizetype length = std::min<qsizetype>(20 + random.bounded(181), texts[segment].size());
        const qsizetype start = random.bounded(texts[segment].size() - length + 1);
        const Anchor stored = Anchorer::describe(texts[segment], segment, start, start + length);
        const int edits = 1 + random.bounded(Anchorer::maxErrorsFor(length));
        qsizetype trueEnd = start + length;

        QString &text = texts[segment];
        for (int e = 0; e < edits; ++e) {
            // Inside the quote, never its first or last unit.
            const qsizetype at = start + 1 + random.bounded(trueEnd - start - 2);
            const int operation = trueEnd - start > 4 ? random.bounded(3) : 0;
            if (operation == 0) {
                QChar replacement = text[at];
                while (replacement == text[at])
                    replacement = insertable[random.bounded(insertable.size())];
                text[at] = replacement;
            } else if (operation == 1) {
                text.insert(at, insertable[random.bounded(insertable.size())]);
                ++trueEnd;
            } else {
                text.remove(at, 1);
                --trueEnd;
            }
        }

        const AnchorResult result = anchorer.anchor(stored, texts);
        const QString context =
            u"round %1, %2 edits in \"%3\" (segment %4 at %5), now \"%6\": %7"_s.arg(round)
                .arg(edits)
                .arg(stored.quote.exact)
                .arg(segment)
                .arg(start)
                .arg(text.sliced(start, trueEnd - start))
                .arg(describe(result, texts));
        if (text.sliced(start, trueEnd - start) == stored.quote.exact) { // the edits undid each other
            QVERIFY2(textAt(texts, result) == stored.quote.exact, qPrintable(context));
            continue;
        }
        QVERIFY2(result.state == AnchorState::Fuzzy, qPrintable(context));
        QVERIFY2(result.segment == segment, qPrintable(context));
        QVERIFY2(result.errors <= edits, qPrintable(context));
        QVERIFY2(std::abs(result.position.start - start) <= edits, qPrintable(context));
        QVERIFY2(std::abs(result.position.end - trueEnd) <= edits, qPrintable(context));
        ++fuzzy;
    }
    QVERIFY(fuzzy > 250);
}

// The size the anchorer was designed for: a 200-unit quote in a 50,000-unit article. Checks the
// result only; timing belongs to a benchmark, not to the default test run.
void TestAnchoring::fuzzyMatchInALargeArticle()
{
    QStringList article;
    for (quint32 segment = 0; segment < 10; ++segment)
        article += generatedProse(1000 + segment, 5000);

    const qsizetype start = 2345;
    const Anchor made = Anchorer::describe(article[7], 7, start, start + 200);
    Anchor stored = made;
    stored.segment = 2; // as if the segmentation had changed since

    QString &text = article[7];
    for (qsizetype at = start + 10; at < start + 200; at += 25)
        text[at] = u'#';
    const AnchorResult result = Anchorer().anchor(stored, article);
    QVERIFY2(result.state == AnchorState::Fuzzy, qPrintable(describe(result, article)));
    QCOMPARE(result.segment, 7);
    QCOMPARE(result.position, made.position);
    QCOMPARE(result.errors, 8);
}

QTEST_GUILESS_MAIN(TestAnchoring)
#include "tst_anchoring.moc"
