package org.povertyexit.monitor.service.user;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Users managed by an administrator through the API, as {@code users add} does on the server: a user
 * is shown with their roles and counties, never their password's hash.
 */
@RestController
@Tag(name = "users", description = "Who may use the service (administrators)")
public class UserController {

    /** A user as shown: name, roles, counties in scope (empty: the whole province). */
    public record UserView(String name, Set<Role> roles, Set<String> counties) {

        static UserView of(ServiceUser user) {
            return new UserView(user.name(), new TreeSet<>(user.roles()), new TreeSet<>(user.counties()));
        }
    }

    /** What an administrator sends to add or replace a user. */
    public record UserRequest(String password, Set<Role> roles, Set<String> counties) {
    }

    private final UserStore users;
    private final PasswordEncoder passwords;

    public UserController(UserStore users, PasswordEncoder passwords) {
        this.users = users;
        this.passwords = passwords;
    }

    @Operation(summary = "Every user, by name")
    @GetMapping("/api/users")
    public List<UserView> list() {
        return users.all().stream().map(UserView::of).toList();
    }

    @Operation(summary = "Add a user, or replace the one of that name",
            description = "Body: {\"password\": \"…\" (at least 10 characters), \"roles\": [\"UPLOADER\", …], "
                    + "\"counties\": [\"640422\", …] (none: the whole province)}. 200 with the user; 400 what is "
                    + "wrong.")
    @PutMapping("/api/users/{name}")
    public UserView save(@PathVariable String name, @RequestBody UserRequest request) {
        List<String> problems = UserRules.problems(name, request.password(), request.roles(), request.counties());
        if (!problems.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, String.join("; ", problems));
        }
        ServiceUser user = new ServiceUser(name, passwords.encode(request.password()), request.roles(),
                request.counties() == null ? Set.of() : request.counties());
        users.save(user);
        return UserView.of(user);
    }

    @Operation(summary = "Remove a user: they can no longer sign in (within five minutes of a remembered sign-in)")
    @DeleteMapping("/api/users/{name}")
    public ResponseEntity<Void> remove(@PathVariable String name) {
        if (!users.remove(name)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no user " + name);
        }
        return ResponseEntity.noContent().build();
    }
}
