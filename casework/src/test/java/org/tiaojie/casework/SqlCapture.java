package org.tiaojie.casework;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/** Keeps the SQL Hibernate sends, so a test can ask the server how it runs a query. */
public class SqlCapture implements StatementInspector {

    static final List<String> STATEMENTS = new CopyOnWriteArrayList<>();

    @Override
    public String inspect(String sql) {
        STATEMENTS.add(sql);
        return sql;
    }

    static String last(String containing) {
        for (int i = STATEMENTS.size() - 1; i >= 0; i--) {
            if (STATEMENTS.get(i).contains(containing)) {
                return STATEMENTS.get(i);
            }
        }
        throw new IllegalStateException("no statement with " + containing);
    }
}
