package org.tiaojie.web.intake;

import org.springframework.jdbc.core.JdbcTemplate;

/** Compounds of their own for the generated-input tests, so what they register is nobody else's repeat complaint. */
public final class FuzzCompounds {

    private FuzzCompounds() {
    }

    public static String fresh(JdbcTemplate jdbc) {
        long community = jdbc.queryForObject("select min(community_id) from compound", Long.class);
        long id = 920_000_000L + Math.floorMod(System.nanoTime(), 70_000_000L);
        String name = "模糊测试苑" + id;
        jdbc.update("insert into compound (id, community_id, name, pinyin_initials, address, households, version) "
                + "values (?, ?, ?, 'mhcsy', ?, 100, 0)", id, community, name, "模糊路" + (id % 1000) + "号");
        return name;
    }
}
