#include "agreement/kappa.h"

namespace Colloquy::Agreement {

namespace {

// Chance agreement this close to 1 is 1: the coders never varied.
constexpr double Certain = 1e-12;

Kappa fromProportions(double observed, double chance)
{
    if (1.0 - chance < Certain)
        return {std::nullopt, KappaStatus::NoVariation};
    return {(observed - chance) / (1.0 - chance), KappaStatus::Computed};
}

} // namespace

Kappa cohen(qsizetype both, qsizetype firstOnly, qsizetype secondOnly, qsizetype neither)
{
    const double n = double(both + firstOnly + secondOnly + neither);
    if (n <= 0)
        return {};
    const double observed = double(both + neither) / n;
    const double firstYes = double(both + firstOnly) / n;
    const double secondYes = double(both + secondOnly) / n;
    const double chance = firstYes * secondYes + (1.0 - firstYes) * (1.0 - secondYes);
    return fromProportions(observed, chance);
}

Kappa fleiss(const QList<int> &yes, int raters)
{
    if (yes.isEmpty() || raters < 2)
        return {};
    const double m = raters;
    double agreementSum = 0;
    double yesTotal = 0;
    for (int y : yes) {
        const double no = m - y;
        agreementSum += (double(y) * (y - 1) + no * (no - 1)) / (m * (m - 1));
        yesTotal += y;
    }
    const double observed = agreementSum / double(yes.size());
    const double pYes = yesTotal / (double(yes.size()) * m);
    const double chance = pYes * pYes + (1.0 - pYes) * (1.0 - pYes);
    return fromProportions(observed, chance);
}

} // namespace Colloquy::Agreement
