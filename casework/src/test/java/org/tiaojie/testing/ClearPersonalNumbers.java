package org.tiaojie.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads every text column of every table of a database and reports each value holding a mainland mobile number
 * or an 18-digit resident identity number in clear (个人信息保护法 Art. 51), and every second-factor secret not
 * encrypted. Blind indexes and digests (hex, where digits run by chance) are left out by their column names.
 */
public final class ClearPersonalNumbers {

    /** An 11-digit mobile number standing alone (not part of a longer run of letters or digits). */
    static final Pattern MOBILE = Pattern.compile("(?<![0-9A-Za-z])1[3-9][0-9]{9}(?![0-9A-Za-z])");
    /** An identity number: area, birth date in 19xx or 20xx, sequence, check character. */
    static final Pattern ID_NUMBER = Pattern.compile(
            "(?<![0-9A-Za-z])[1-9][0-9]{5}(19|20)[0-9]{2}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx](?![0-9A-Za-z])");
    private static final Pattern DIGEST_COLUMN = Pattern.compile(".*(_key|hash|digest|sha256|checksum|signature|_mac)$");

    private ClearPersonalNumbers() {
    }

    /** What was found, as {@code table.column: count}, with the number of values read; empty when nothing is in clear. */
    public static Result scan(Connection connection, String schema) throws SQLException {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                "select c.table_name, c.column_name from information_schema.columns c join information_schema.tables t"
                        + " on t.table_schema = c.table_schema and t.table_name = c.table_name"
                        + " where lower(c.table_schema) = '" + schema.toLowerCase(Locale.ROOT) + "'"
                        + " and t.table_type in ('BASE TABLE', 'TABLE')"
                        + " and lower(c.data_type) in ('char', 'varchar', 'text', 'mediumtext', 'longtext', 'tinytext',"
                        + " 'character', 'character varying', 'character large object', 'clob')"
                        + " order by c.table_name, c.ordinal_position")) {
            while (rs.next()) {
                String column = rs.getString(2).toLowerCase(Locale.ROOT);
                if (!DIGEST_COLUMN.matcher(column).matches()) {
                    columns.computeIfAbsent(rs.getString(1), t -> new ArrayList<>()).add(column);
                }
            }
        }
        Map<String, Integer> found = new LinkedHashMap<>();
        long read = 0;
        for (var table : columns.entrySet()) {
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                    "select " + String.join(", ", table.getValue()) + " from " + table.getKey())) {
                while (rs.next()) {
                    for (int i = 0; i < table.getValue().size(); i++) {
                        String value = rs.getString(i + 1);
                        if (value == null) {
                            continue;
                        }
                        read++;
                        String column = table.getValue().get(i);
                        boolean clearSecret = column.equals("totp_secret") && !value.startsWith("v1:");
                        if (clearSecret || MOBILE.matcher(value).find() || ID_NUMBER.matcher(value).find()) {
                            found.merge(table.getKey().toLowerCase(Locale.ROOT) + "." + column, 1, Integer::sum);
                        }
                    }
                }
            }
        }
        return new Result(found, read, columns.values().stream().mapToInt(List::size).sum());
    }

    /** Values in clear by column, how many values were read, in how many columns. */
    public record Result(Map<String, Integer> found, long valuesRead, int columns) {
    }
}
