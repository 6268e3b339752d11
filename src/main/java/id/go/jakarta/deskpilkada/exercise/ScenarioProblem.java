package id.go.jakarta.deskpilkada.exercise;

import java.util.List;

/**
 * Something wrong in a scenario file: the inject's number (0 for the file as a whole), a message key
 * and its arguments, so the screen says it in the reader's language.
 */
public record ScenarioProblem(int inject, String key, List<String> args) {

    public static ScenarioProblem of(int inject, String key, Object... args) {
        return new ScenarioProblem(
                inject, key, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }
}
