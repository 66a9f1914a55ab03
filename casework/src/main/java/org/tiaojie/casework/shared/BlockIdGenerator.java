package org.tiaojie.casework.shared;

import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.Member;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.hibernate.HibernateException;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.generator.GeneratorCreationContext;
import org.hibernate.id.IdentifierGenerator;
import org.hibernate.service.ServiceRegistry;

/**
 * Portable ids for H2, MariaDB and MySQL without IDENTITY (which disables batch inserts) and
 * without sequences (MySQL has none). Blocks of {@value #BLOCK} ids are taken from one row of
 * {@code id_sequences}, each in its own short transaction on a connection of its own, opened
 * outside the pool: Hibernate's table generator borrows a second pooled connection instead,
 * which deadlocks once every pooled connection belongs to a transaction waiting for an id.
 * Blocks are disjoint across threads and nodes because the row update is atomic.
 */
public class BlockIdGenerator implements IdentifierGenerator {

    /** Each block costs a connection of its own (a few ms); a sweep or an import writes tens of thousands of rows. */
    static final int BLOCK = 1000;
    private static final Map<DataSource, Allocator> ALLOCATORS = new ConcurrentHashMap<>();

    private final ServiceRegistry serviceRegistry;
    private volatile Allocator allocator;

    public BlockIdGenerator(BlockId config, Member member, GeneratorCreationContext context) {
        this.serviceRegistry = context.getServiceRegistry();
    }

    @Override
    public Object generate(SharedSessionContractImplementor session, Object owner) {
        Allocator a = allocator;
        if (a == null) {
            DataSource ds = serviceRegistry.requireService(ConnectionProvider.class).unwrap(DataSource.class);
            a = ALLOCATORS.computeIfAbsent(ds, Allocator::new);
            allocator = a;
        }
        return a.next();
    }

    /** One per data source: hands out ids from the current block, fetching the next when it runs out. */
    static final class Allocator {
        private final DataSource dataSource;
        private long next;
        private long end;

        Allocator(DataSource dataSource) {
            this.dataSource = dataSource;
        }

        synchronized long next() {
            if (next >= end) {
                fetchBlock();
            }
            return next++;
        }

        private void fetchBlock() {
            try (Connection c = openUnpooled()) {
                c.setAutoCommit(false);
                try (PreparedStatement up = c.prepareStatement(
                        "update id_sequences set next_val = next_val + ? where seq_name = 'default'");
                        PreparedStatement read = c.prepareStatement(
                                "select next_val from id_sequences where seq_name = 'default'")) {
                    up.setInt(1, BLOCK);
                    if (up.executeUpdate() != 1) {
                        throw new HibernateException("id_sequences has no 'default' row");
                    }
                    try (ResultSet rs = read.executeQuery()) {
                        rs.next();
                        end = rs.getLong(1);
                        next = end - BLOCK;
                    }
                    c.commit();
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    next = end;
                    throw e;
                }
            } catch (SQLException e) {
                throw new HibernateException("could not allocate ids", e);
            }
        }

        private Connection openUnpooled() throws SQLException {
            if (dataSource instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null) {
                return DriverManager.getConnection(hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword());
            }
            return dataSource.getConnection();
        }
    }
}
