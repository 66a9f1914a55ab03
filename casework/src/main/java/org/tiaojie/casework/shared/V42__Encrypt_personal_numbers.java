package org.tiaojie.casework.shared;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Encrypts the identity and phone numbers stored before V41 and fills their blind indexes, in the migration's
 * transaction: a node serves no request before every number is encrypted and findable by its index. Read and
 * written by id in batches of a thousand; a value encrypted already only gets its index. A Spring bean (the key
 * comes from {@link DataCipher}), which Spring Boot hands to Flyway with the SQL migrations.
 */
@Component
public class V42__Encrypt_personal_numbers extends BaseJavaMigration {

    private static final Logger LOG = LoggerFactory.getLogger(V42__Encrypt_personal_numbers.class);
    private static final int BATCH = 1000;

    private final DataCipher cipher;

    V42__Encrypt_personal_numbers(DataCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        int done = encrypt(connection, "dispute", "caller_phone", "caller_phone_key")
                + encrypt(connection, "dispute_contact", "caller_phone", "caller_phone_key")
                + encrypt(connection, "dispute_party", "id_number", "id_number_key")
                + encrypt(connection, "dispute_party", "phone", "phone_key")
                + encrypt(connection, "dispute_party", "agent_phone", null)
                + encrypt(connection, "app_user", "phone", null);
        if (done > 0) {
            LOG.info("personal numbers: {} values encrypted at rest", done);
        }
    }

    /** Encrypts one column of one table (table and column names are this class's own constants). */
    private int encrypt(Connection connection, String table, String column, String keyColumn) throws SQLException {
        String read = "select id, " + column + " from " + table + " where id > ? and " + column
                + " is not null order by id";
        String write = "update " + table + " set " + column + " = ?" + (keyColumn == null ? "" : ", " + keyColumn
                + " = ?") + " where id = ?";
        int done = 0;
        long after = 0;
        while (true) {
            List<Object[]> rows = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(read)) {
                select.setLong(1, after);
                select.setMaxRows(BATCH);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new Object[] {rs.getLong(1), rs.getString(2)});
                    }
                }
            }
            if (rows.isEmpty()) {
                return done;
            }
            try (PreparedStatement update = connection.prepareStatement(write)) {
                for (Object[] row : rows) {
                    String stored = (String) row[1];
                    String plain = cipher.decrypt(stored);
                    int i = 1;
                    update.setString(i++, DataCipher.sealed(stored) ? stored : cipher.encrypt(plain));
                    if (keyColumn != null) {
                        update.setString(i++, cipher.index(plain));
                    }
                    update.setLong(i, (Long) row[0]);
                    update.addBatch();
                    done++;
                }
                update.executeBatch();
            }
            after = (Long) rows.getLast()[0];
        }
    }
}
