package org.povertyexit.monitor.service.user;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The app_user table. */
@Repository
public class UserStore {

    private final JdbcTemplate jdbc;

    public UserStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the user, or replaces the one of that name (a new password, other roles or counties). */
    public void save(ServiceUser user) {
        jdbc.update("DELETE FROM app_user WHERE name = ?", user.name());
        jdbc.update("INSERT INTO app_user (name, password_hash, roles, counties, created_at) VALUES (?,?,?,?,?)",
                user.name(), user.passwordHash(), joined(user.roles().stream().map(Role::name).collect(
                        Collectors.toSet())), joined(user.counties()), Timestamp.from(Instant.now()));
    }

    public Optional<ServiceUser> find(String name) {
        return jdbc.query("SELECT name, password_hash, roles, counties FROM app_user WHERE name = ?",
                (rs, i) -> new ServiceUser(rs.getString(1), rs.getString(2),
                        split(rs.getString(3)).stream().map(Role::valueOf).collect(Collectors.toSet()),
                        split(rs.getString(4))), name).stream().findFirst();
    }

    /** Every user, by name. */
    public List<ServiceUser> all() {
        return jdbc.query("SELECT name FROM app_user ORDER BY name", (rs, i) -> rs.getString(1)).stream()
                .map(name -> find(name).orElseThrow()).toList();
    }

    /** Removes the user; false when there was none of that name. */
    public boolean remove(String name) {
        return jdbc.update("DELETE FROM app_user WHERE name = ?", name) > 0;
    }

    public boolean any() {
        Integer users = jdbc.queryForObject("SELECT COUNT(*) FROM app_user", Integer.class);
        return users != null && users > 0;
    }

    private static String joined(Set<String> values) {
        return String.join(",", new TreeSet<>(values));
    }

    private static Set<String> split(String text) {
        return text.isBlank() ? Set.of() : Set.copyOf(Arrays.asList(text.split(",")));
    }
}
