#pragma once

#include "model/agreementreport.h"

#include <QList>

namespace Colloquy {

/// A kappa and whether it is a number (see KappaStatus). A plain value.
struct Kappa
{
    std::optional<double> value;
    KappaStatus status = KappaStatus::NoUnits;
};

/**
 * The chance-corrected agreement statistics, on yes/no decisions ("coded
 * this theme on this unit or not"). Pure functions, any thread.
 *
 * Where chance agreement is 1 (every coder decided the same single way on
 * every unit) kappa is 0/0: it is reported as no value with
 * KappaStatus::NoVariation rather than NaN, and percent agreement (then 100%)
 * says what there is to say.
 */
namespace Agreement {

/// Cohen's kappa of two coders from the 2×2 table: units both coded, only the
/// first coded, only the second coded, neither coded.
Kappa cohen(qsizetype both, qsizetype firstOnly, qsizetype secondOnly, qsizetype neither);

/// Fleiss' kappa of `raters` coders (at least 2): `yes[i]` of them coded unit i.
Kappa fleiss(const QList<int> &yes, int raters);

} // namespace Agreement

} // namespace Colloquy
