package dev.gridsight.cli;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command-line client in the server's jar: {@code java -jar gridsight.jar chat|ask …}
 * (docs/cli.md). {@link dev.gridsight.GridsightApplication#main} hands it the arguments
 * when {@link #handles} says they are the CLI's, and the server does not start.
 */
public final class GridsightCli {

	private static final Set<String> FIRST_ARGUMENTS = Set.of("chat", "ask", "help", "--help", "-h", "--version", "-V");

	private GridsightCli() {
	}

	/** Whether these process arguments ask for the CLI rather than the server. */
	public static boolean handles(String[] args) {
		return args != null && args.length > 0 && FIRST_ARGUMENTS.contains(args[0]);
	}

	/**
	 * Runs the CLI on this process's terminal and environment.
	 * @return the exit code
	 */
	public static int run(String[] args) {
		PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
		BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
		return run(args, new Terminal(in, out, err, System.getenv()), Interrupts.ofProcess());
	}

	@Command(name = "java -jar gridsight.jar", mixinStandardHelpOptions = true,
			versionProvider = GridsightCli.Version.class,
			description = {
					"The Gridsight command-line client: chat with the assistant, or ask one question from a script.",
					"Without a command, the jar starts the Gridsight server." },
			subcommands = CommandLine.HelpCommand.class)
	static final class Root {

	}

	static int run(String[] args, Terminal terminal, Interrupts interrupts) {
		CommandLine line = new CommandLine(new Root());
		line.addSubcommand("chat", new ChatCommand(terminal, interrupts));
		line.addSubcommand("ask", new AskCommand(terminal));
		line.setCaseInsensitiveEnumValuesAllowed(true);
		line.setOut(new PrintWriter(terminal.out(), true));
		line.setErr(new PrintWriter(terminal.err(), true));
		line.setExecutionExceptionHandler((ex, command, parsed) -> {
			terminal.out().flush();
			if (ex instanceof CliFailure failure) {
				terminal.err().println(failure.getMessage());
				return failure.exitCode();
			}
			terminal.err()
				.println("Unexpected error: " + ex.getClass().getSimpleName()
						+ (ex.getMessage() == null ? "" : ": " + ServerConnection.oneLine(ex.getMessage())));
			return CliFailure.ANSWER_ERROR;
		});
		return line.execute(args);
	}

	static final class Version implements CommandLine.IVersionProvider {

		@Override
		public String[] getVersion() {
			String version = GridsightCli.class.getPackage().getImplementationVersion();
			return new String[] { "Gridsight " + (version == null ? "(development build)" : version),
					"Java " + System.getProperty("java.version") };
		}

	}

}
