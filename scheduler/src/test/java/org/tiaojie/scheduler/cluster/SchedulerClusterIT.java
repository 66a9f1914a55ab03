package org.tiaojie.scheduler.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tiaojie.casework.fixture.NewCase;
import org.tiaojie.SchedulerClusterNode;
import org.tiaojie.casework.demo.DemoDataGenerator;
import org.tiaojie.casework.dispute.Channel;
import org.tiaojie.casework.dispute.DisputeRegistration;
import org.tiaojie.casework.dispute.NewDispute;
import org.tiaojie.testing.RequiresDatabase;
import org.tiaojie.testing.TestDatabase;

/**
 * Two application nodes — two JVMs — share one MariaDB/MySQL database and its Quartz cluster.
 * 300 work orders (600 clocks) fall due at once; the node that starts that sweep is killed
 * (SIGKILL) while it runs. The survivor must take the sweep over, and in the end every clock
 * is announced exactly once — no notice twice, none missing — and no scheduled sweep ran on
 * both nodes.
 */
@RequiresDatabase
class SchedulerClusterIT {

    private static final Logger LOG = LoggerFactory.getLogger(SchedulerClusterIT.class);
    private static final int DISPUTES = 300;

    @Test
    void twoNodesSweepEachTimeOnceAndTheSurvivorFinishesWhatAKilledNodeStarted() throws Exception {
        TestDatabase.Target db = TestDatabase.find().orElseThrow();
        List<String> dbArgs = List.of("--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.user(),
                "--spring.datasource.password=" + db.password());
        List<String> parentArgs = new ArrayList<>(dbArgs);
        parentArgs.add("--spring.quartz.auto-startup=false");
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(SchedulerClusterNode.class)
                .run(parentArgs.toArray(String[]::new))) {
            JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
            ctx.getBean(DemoDataGenerator.class).generate(60);
            // the demo's own deadlines are out of the way: only the test's clocks fall due
            jdbc.update("update dispute_clock set warned_at = ?, overdue_at = ?", Timestamp.from(Instant.now()),
                    Timestamp.from(Instant.now()));
            long org = jdbc.queryForObject("select organisation_id from app_user where username = 'shequ'", Long.class);
            long community = jdbc.queryForObject("select community_id from organisation where id = ?", Long.class, org);
            long compound = jdbc.queryForObject("select min(id) from compound where community_id = ?", Long.class,
                    community);
            long category = jdbc.queryForObject(
                    "select id from dispute_category where code = 'SERVICE_QUALITY.CLEANING'", Long.class);
            DisputeRegistration disputes = ctx.getBean(DisputeRegistration.class);
            // one caller for all: from the third on they are repeat complaints under supervision, whose notices
            // are not the sweep's (counted apart below)
            for (int i = 0; i < DISPUTES; i++) {
                disputes.registerAs(NewCase.of(Channel.HOTLINE_12345).ref("CLUSTER-" + i).category(category)
                        .in(compound).description("集群测试工单 " + i).caller("测试人", "19900009999").build(),
                        "huawu", Instant.now());
            }
            // unassigned cases: their clocks are told to the room's head, or to every mediator where it has none
            long mediators = jdbc.queryForObject("select count(*) from organisation where id = ? and head_user_id is not null",
                    Long.class, org) == 1 ? 1 : jdbc.queryForObject("""
                    select count(*) from app_user u join app_user_role r on r.user_id = u.id
                    where u.organisation_id = ? and r.role = 'MEDIATOR' and u.enabled = true""", Long.class, org);

            try (Node a = Node.start("a", dbArgs); Node b = Node.start("b", dbArgs)) {
                a.await(l -> l.startsWith("READY"), Duration.ofMinutes(3));
                b.await(l -> l.startsWith("READY"), Duration.ofMinutes(3));
                // every clock of the test turns 临期 in two seconds and 超期 thirty seconds later, after the
                // survivor has taken over (a warning found only after the due time is claimed but not sent)
                Instant warn = Instant.now().plusSeconds(2);
                jdbc.update("""
                        update dispute_clock set warn_at = ?, due_at = ? where dispute_id in
                        (select id from dispute where external_ref like 'CLUSTER-%')""",
                        Timestamp.from(warn), Timestamp.from(warn.plusSeconds(30)));
                // the node that starts the first sweep after that is killed while it works
                long from = warn.toEpochMilli();
                Predicate<String> sweepAfterWarn = l -> l.startsWith("FIRED") && l.contains(" deadline-sweep ")
                        && Long.parseLong(l.split(" ")[3]) >= from;
                Node victim = Node.first(sweepAfterWarn, Duration.ofSeconds(60), a, b);
                Node survivor = victim == a ? b : a;
                Thread.sleep(150);
                long killedAt = System.currentTimeMillis();
                victim.kill();
                LOG.info("killed node {} 150 ms into a sweep", victim.name);

                String pending = """
                        select count(*) from dispute_clock c join dispute d on d.id = c.dispute_id
                        where d.external_ref like 'CLUSTER-%' and (c.warned_at is null or c.overdue_at is null)""";
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
                while (jdbc.queryForObject(pending, Long.class) > 0 && System.nanoTime() < deadline) {
                    Thread.sleep(500);
                }
                Thread.sleep(3000); // a few more sweeps: they must change nothing
                survivor.close();

                assertThat(jdbc.queryForObject(pending, Long.class)).as("clocks not announced").isZero();
                assertThat(jdbc.queryForList("""
                        select n.dispute_id, n.message_key, n.recipient_id from notification n
                        join dispute d on d.id = n.dispute_id where d.external_ref like 'CLUSTER-%'
                        group by n.dispute_id, n.message_key, n.recipient_id having count(*) > 1"""))
                        .as("notices sent twice").isEmpty();
                // two clocks a dispute (sign-for, reply), each warned and overdue, to each mediator
                assertThat(jdbc.queryForObject("""
                        select count(*) from notification n join dispute d on d.id = n.dispute_id
                        where d.external_ref like 'CLUSTER-%' and n.message_key like 'deadline.%'""", Long.class))
                        .isEqualTo(DISPUTES * 4L * mediators);

                List<String> fired = new ArrayList<>();
                for (Node n : List.of(a, b)) {
                    n.lines.stream().filter(l -> l.startsWith("FIRED") && l.contains(" deadline-sweep ")
                            && l.split(" ")[4].equals("false")).map(l -> l.split(" ")[3]).forEach(fired::add);
                }
                assertThat(fired).as("scheduled sweeps that ran on both nodes").doesNotHaveDuplicates();
                List<String> survivorRuns = survivor.lines.stream().filter(sweepAfterWarn).toList();
                assertThat(survivorRuns).as("the survivor took the sweeps over").isNotEmpty();
                long takeover = survivorRuns.stream().mapToLong(l -> Long.parseLong(l.split(" ")[5]))
                        .filter(t -> t >= killedAt).min().orElseThrow() - killedAt;
                // the killed node's run asked for recovery; the survivor runs it again when its turn comes
                LOG.info("cluster: {} sweeps on {} before it was killed, {} on {} after; first sweep {} ms after the"
                        + " kill; the killed run recovered before the end: {}",
                        victim.lines.stream().filter(l -> l.startsWith("FIRED")).count(), victim.name,
                        survivorRuns.size(), survivor.name, takeover,
                        survivorRuns.stream().anyMatch(l -> l.split(" ")[4].equals("true")));
            }
        }
    }

    /** One application node in its own JVM; its standard output is kept and copied to target/. */
    static final class Node implements AutoCloseable {

        final String name;
        final Process process;
        final List<String> lines = Collections.synchronizedList(new ArrayList<>());

        private Node(String name, Process process) {
            this.name = name;
            this.process = process;
        }

        static Node start(String name, List<String> dbArgs) throws IOException {
            String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            List<String> command = new ArrayList<>(List.of(
                    ProcessHandle.current().info().command().orElse("java"), "-Xmx384m", "-XX:TieredStopAtLevel=1",
                    "-cp", classpath, SchedulerClusterNode.class.getName()));
            command.addAll(dbArgs);
            Path log = Path.of("target", "cluster-node-" + name + ".log");
            Files.createDirectories(log.getParent());
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            Node node = new Node(name, p);
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(),
                        StandardCharsets.UTF_8)); var out = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
                    for (String line; (line = in.readLine()) != null; ) {
                        node.lines.add(line);
                        out.write(line);
                        out.newLine();
                        out.flush();
                    }
                } catch (IOException e) {
                    // the process is gone
                }
            }, "node-" + name + "-output");
            reader.setDaemon(true);
            reader.start();
            return node;
        }

        void await(Predicate<String> what, Duration timeout) throws InterruptedException {
            long end = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < end) {
                synchronized (lines) {
                    if (lines.stream().anyMatch(what)) {
                        return;
                    }
                }
                if (!process.isAlive()) {
                    throw new AssertionError("node " + name + " ended: " + tail());
                }
                Thread.sleep(50);
            }
            throw new AssertionError("node " + name + " did not get there in " + timeout + ": " + tail());
        }

        /** The node that prints a matching line first. */
        static Node first(Predicate<String> what, Duration timeout, Node... nodes) throws InterruptedException {
            long end = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < end) {
                for (Node n : nodes) {
                    synchronized (n.lines) {
                        if (n.lines.stream().anyMatch(what)) {
                            return n;
                        }
                    }
                }
                Thread.sleep(10);
            }
            throw new AssertionError("no node got there in " + timeout);
        }

        void kill() throws InterruptedException {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }

        private String tail() {
            synchronized (lines) {
                return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
            }
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}
