# md_add_test(<name> SOURCES <files...> LIBRARIES <targets...> [TIMEOUT <seconds>])
#
# One Qt Test class per executable, registered with CTest. Every test runs on the offscreen
# platform so GUI suites need no display, and gets a private scratch folder through TMPDIR.
function(md_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBRARIES" ${ARGN})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBRARIES})
    target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests/common)
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8"
        # A slot that skips makes the suite show as skipped in CTest's summary, not as passed.
        SKIP_REGULAR_EXPRESSION "SKIP   : ")
endfunction()
