#include "logging.h"

Q_LOGGING_CATEGORY(lcStore, "colloquy.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSegment, "colloquy.segment", QtInfoMsg)
Q_LOGGING_CATEGORY(lcImport, "colloquy.import", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAnnotate, "colloquy.annotate", QtInfoMsg)
