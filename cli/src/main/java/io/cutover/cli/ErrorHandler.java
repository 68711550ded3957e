package io.cutover.cli;

import io.cutover.mappings.CutoverException;
import io.cutover.mappings.ErrorCode;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns failures into one message and an exit code: the message only by default, the stack trace
 * with {@code -v}, an error object with {@code --json}.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
        ErrorCode code = e instanceof CutoverException ce ? ce.code() : ErrorCode.INTERNAL;
        String message = e instanceof CutoverException
                ? e.getMessage()
                : "internal error: " + e + " (run again with -v for the stack trace)";
        report(cmd, parsed, code.name(), message, e);
        return code.exitCode();
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("cutover: " + e.getMessage());
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
            err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
        }
        err.flush();
        return ExitCodes.INVALID;
    }

    private static void report(CommandLine cmd, ParseResult parsed, String code, String message, Exception e) {
        if (matched(parsed, JsonOption.NAME)) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("code", code);
            error.put("message", message);
            Json.print(cmd.getOut(), Map.of("error", error));
        } else {
            PrintWriter err = cmd.getErr();
            err.println("cutover: " + message);
            err.flush();
        }
        if (matched(parsed, VerboseOption.NAME)) {
            e.printStackTrace(cmd.getErr());
            cmd.getErr().flush();
        }
    }

    /** Whether an option was given at any level of the command chain. */
    private static boolean matched(ParseResult parsed, String option) {
        for (ParseResult level = parsed; level != null; level = level.subcommand()) {
            if (level.hasMatchedOption(option)) {
                return true;
            }
        }
        return false;
    }
}
