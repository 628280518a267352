#pragma once

#include "model/agreementreport.h"
#include "model/result.h"

namespace Colloquy {

class LibraryStore;

/**
 * Inter-coder agreement over a library: reads the coders' taggings, the
 * articles' segment texts and the codebook from the store, checks the
 * options and hands them to Agreement::compute() (see agreementcalculator.h
 * for what is counted).
 *
 * Reads only, never writes. The store is not owned and must be open; use
 * from the store's thread. Errors are a Failure with one sentence for the
 * user: fewer than two coders, a coder with no highlights in the library, an
 * unknown article, a minimum overlap outside (0, 1], or a failed read.
 */
namespace InterCoderAgreement {

/// Everyone who has a highlight in the library (highlight authors), by name.
Result<QStringList> coders(const LibraryStore &store);

Result<AgreementReport> compute(const LibraryStore &store, const AgreementOptions &options);

} // namespace InterCoderAgreement

} // namespace Colloquy
