package io.accountable.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CsvSafetyTest {

    static Stream<Arguments> cells() {
        return Stream.of(Arguments.of("=SUM(A1)", "'=SUM(A1)"), Arguments.of("+1", "'+1"), Arguments.of("-2", "'-2"),
                Arguments.of("@cmd", "'@cmd"), Arguments.of("\t=x", "'\t=x"), Arguments.of("\rcmd", "'\rcmd"),
                Arguments.of("'=already", "''=already"), Arguments.of("''@twice", "'''@twice"),
                Arguments.of("plain", "plain"), Arguments.of("'quoted", "'quoted"), Arguments.of("'", "'"),
                Arguments.of("a=b", "a=b"), Arguments.of("", ""));
    }

    @ParameterizedTest(name = "[{0}] is exported as [{1}]")
    @MethodSource("cells")
    void shouldGuardFormulasReversibly(String text, String exported) {
        assertEquals(exported, CsvSafety.text(text));
        assertEquals(text, CsvSafety.unescape(CsvSafety.text(text)), "the importer takes the guard off again");
    }
}
