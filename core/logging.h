#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcSegment)
Q_DECLARE_LOGGING_CATEGORY(lcImport)
