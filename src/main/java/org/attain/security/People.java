package org.attain.security;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.attain.i18n.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** People, not logins: the display names of every account, read once for a page, a list or an export. */
@Service
public class People {

    private final JdbcClient jdbc;

    People(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Names names() {
        Map<String, Names.Person> people = new HashMap<>();
        jdbc.sql("SELECT username, display_name, department FROM app_user")
                .query((rs, n) -> people.put(rs.getString(1), new Names.Person(rs.getString(2), rs.getString(3))))
                .list();
        return new Names(people);
    }

    /** The names, with the system's and the demo data's identities in the reader's language. */
    public Names names(Locale locale) {
        return names().in(Texts.of(locale));
    }
}
