package org.smartcity.app.admin;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.smartcity.app.cli.UserError;
import org.smartcity.app.web.Role;
import org.smartcity.platform.Platform;
import org.smartcity.platform.store.ConflictException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code smartcity admin create-user}: creates an account (the first administrator, or anyone) from the shell. */
@Command(
        name = "admin",
        mixinStandardHelpOptions = true,
        description = "Administer the workspace's accounts.",
        subcommands = {AdminCommand.CreateUser.class})
public final class AdminCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Creates one account; the password comes from the terminal (not echoed), stdin or a file. */
    @Command(
            name = "create-user",
            mixinStandardHelpOptions = true,
            description = "Create an account. The password is read from the terminal without echo, from the first"
                    + " line of standard input, or from --password-file.")
    public static final class CreateUser implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @Option(names = "--name", required = true, description = "Login name.")
        String name;

        @Option(
                names = "--role",
                required = true,
                split = ",",
                description = "Role(s): POLICE, PROSECUTOR, JUDGE, ADMIN, TRAFFIC_OPERATOR (repeat or comma-separate).")
        List<String> roles;

        @Option(names = "--password-file", description = "File whose first line is the password.")
        Path passwordFile;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Set<String> checked = new LinkedHashSet<>();
            for (String r : roles) {
                String upper = r.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
                if (Arrays.stream(Role.values()).noneMatch(k -> k.name().equals(upper))) {
                    throw new UserError(
                            "--role: unknown role '" + r + "'; expected one of " + Arrays.toString(Role.values()));
                }
                checked.add(upper);
            }
            char[] password = password();
            try (Platform platform = store.open()) {
                platform.accounts().create("cli", name, password, checked);
            } catch (IllegalArgumentException | ConflictException e) {
                throw new UserError(e.getMessage(), e);
            } finally {
                Arrays.fill(password, '\0');
            }
            spec.commandLine().getOut().println("created user " + name + " with roles " + String.join(",", checked));
            spec.commandLine().getOut().flush();
            return 0;
        }

        private char[] password() {
            try {
                if (passwordFile != null) {
                    List<String> lines = Files.readAllLines(passwordFile, StandardCharsets.UTF_8);
                    if (lines.isEmpty()) {
                        throw new UserError(passwordFile + ": empty password file");
                    }
                    return lines.get(0).toCharArray();
                }
                Console console = System.console();
                if (console != null) {
                    char[] first = console.readPassword("password for %s: ", name);
                    char[] again = console.readPassword("again: ");
                    if (first == null || !Arrays.equals(first, again)) {
                        throw new UserError("the two passwords differ");
                    }
                    Arrays.fill(again, '\0');
                    return first;
                }
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                if (line == null) {
                    throw new UserError("no password on standard input (or use --password-file)");
                }
                return line.toCharArray();
            } catch (IOException e) {
                throw new UserError("cannot read the password: " + e.getMessage(), e);
            }
        }
    }
}
