# Checks that core/ folders include only the folders below them (ARCHITECTURE.md).
# Run as a build step: cmake -DCORE_DIR=... -DSTAMP=... -P layers.cmake
# A folder may include itself, logging.h and the folders listed for it; any other
# `#include "folder/..."` of core fails the build with the file and line.

cmake_minimum_required(VERSION 3.22)

set(allowed_model "")
set(allowed_store model)
set(allowed_anchor model)
set(allowed_segment model)
set(allowed_import model segment)
set(allowed_people model store)
set(allowed_annotate model store anchor)
set(allowed_review model store anchor people segment)
set(allowed_agreement model store)
set(allowed_catalogue model store)
set(allowed_compare model store anchor annotate people)
set(allowed_session model store people annotate review catalogue compare)
set(allowed_export model store anchor annotate compare import) # import: CappedReader; compare: ClaimRelations
set(allowed_exchange model store anchor annotate import export)
set(allowed_eval model import segment)

file(GLOB folders LIST_DIRECTORIES true RELATIVE "${CORE_DIR}" "${CORE_DIR}/*")
set(violations "")
foreach(folder IN LISTS folders)
    if(NOT IS_DIRECTORY "${CORE_DIR}/${folder}")
        continue()
    endif()
    if(NOT DEFINED allowed_${folder})
        string(APPEND violations "core/${folder}/: a folder without a layer; add it to core/layers.cmake\n")
        continue()
    endif()
    file(GLOB sources "${CORE_DIR}/${folder}/*.h" "${CORE_DIR}/${folder}/*.cpp")
    foreach(source IN LISTS sources)
        file(STRINGS "${source}" lines REGEX "^[ \t]*#[ \t]*include[ \t]+\"[a-z]+/")
        foreach(line IN LISTS lines)
            string(REGEX MATCH "\"([a-z]+)/" _ "${line}")
            set(target "${CMAKE_MATCH_1}")
            if(NOT target STREQUAL folder AND NOT target IN_LIST allowed_${folder}
                AND IS_DIRECTORY "${CORE_DIR}/${target}")
                file(RELATIVE_PATH rel "${CORE_DIR}/.." "${source}")
                string(APPEND violations "${rel}: ${line}  (core/${folder}/ may include: ${allowed_${folder}})\n")
            endif()
        endforeach()
    endforeach()
endforeach()

if(violations)
    message(FATAL_ERROR "core/ layering broken (a lower folder includes a higher one):\n${violations}")
endif()
file(WRITE "${STAMP}" "ok\n")
