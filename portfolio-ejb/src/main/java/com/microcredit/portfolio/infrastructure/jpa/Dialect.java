package com.microcredit.portfolio.infrastructure.jpa;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Which database the application runs on, read once from the JDBC driver (for the few
 * dialect-specific statements).
 */
@ApplicationScoped
public class Dialect {

    @Resource(lookup = "jdbc/mcrcSequence")
    private DataSource dataSource;

    private volatile Boolean mysql;

    public boolean isMySql() {
        Boolean known = mysql;
        if (known == null) {
            try (Connection c = dataSource.getConnection()) {
                String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
                known = product.contains("mysql") || product.contains("mariadb");
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot read the database product", e);
            }
            mysql = known;
        }
        return known;
    }
}
