package org.tiaojie.web.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A city's monthly export imported as it comes (#28): a 100,000-row file in the demo platform's format (CSV in
 * GB18030, or XLSX) sent to the import API of a running server — started with its heap bounded, e.g. {@code -Xmx256m}
 * (docs/benchmarks/imports.md) — against the same kind of orders sent one at a time to the work-order API in the
 * same run. Every order has its own caller and words, at the demo district's compounds, called over 2026.
 * Arguments: base URL (http://localhost:8080), rows (100000), single orders (1000), format (csv|xlsx), API key.
 * Run: {@code ./mvnw -q -pl web test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.tiaojie.web.bench.ImportFileBenchmark -Dexec.args="http://localhost:8091 100000 1000 csv"}.
 */
public final class ImportFileBenchmark {

    static final String HEADER = "工单编号,来电时间,来电人,来电号码,联系电话,所属街道,小区,详细地址,诉求大类,诉求小类,诉求内容,紧急程度,"
            + "办理时限(工作日),派单要求";
    static final String[] COMPOUNDS = {"滨河新村", "枫林小区", "锦华苑", "和平里", "望江台", "幸福家园", "东方明珠苑", "银杏苑", "紫荆城",
        "阳光花园", "金色家园", "丽景湾", "翠湖名邸", "绿洲雅苑", "春江花月"};
    static final String[][] CATEGORIES = {{"物业服务质量", "维修响应慢"}, {"物业服务质量", "保洁不到位"}, {"物业收费", "物业费争议"},
        {"物业收费", "乱收费"}, {"停车管理", "车位分配"}, {"噪音/相邻关系", "楼上漏水"}, {"专项维修资金", "维修资金使用"},
        {"电梯安全", "电梯故障"}, {"公共收益", "公共收益不公开"}, {"物业交接/退出", "物业撤场"}};
    /** Words of its own for every order: a city's calls are alike in topic, not in wording (the repeat-call rule). */
    static final String[] WORDS = {"楼道", "电梯", "车库", "外墙", "水管", "垃圾", "绿化", "门禁", "路灯", "屋顶", "消防", "监控",
        "停车", "噪音", "渗水", "收费", "公示", "维修", "物业", "业委会", "窗户", "阳台", "下水道", "化粪池", "水箱", "水泵", "配电房",
        "楼顶", "地下室", "单元门", "对讲机", "快递柜", "充电桩", "健身器材", "儿童乐园", "围墙", "道闸", "井盖", "雨棚", "空调外机",
        "晾衣架", "信报箱", "楼梯扶手", "消防栓", "灭火器", "烟感", "应急灯", "排风扇", "防盗网", "花坛", "草坪", "树木", "路面",
        "台阶", "坡道", "车位", "非机动车棚", "岗亭", "监控室", "垃圾房"};
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private ImportFileBenchmark() {
    }

    /** The order of row {@code i} of run {@code run}: its own number, caller and words. */
    static String[] order(String run, int i, Random random) {
        String[] category = CATEGORIES[random.nextInt(CATEGORIES.length)];
        String compound = COMPOUNDS[random.nextInt(COMPOUNDS.length)];
        StringBuilder words = new StringBuilder();
        for (int w = 0; w < 5; w++) {
            words.append(WORDS[random.nextInt(WORDS.length)]).append(w < 4 ? "、" : "");
        }
        words.append("出现问题，").append(1 + random.nextInt(30)).append("栋").append(random.nextInt(9000) + 1000)
                .append("号反映已").append(1 + random.nextInt(60)).append("天。");
        LocalDateTime called = LocalDateTime.of(2026, 1, 1, 8, 0).plusMinutes(random.nextInt(480_000));
        String phone = "17" + String.format("%09d", Math.floorMod((run + i).hashCode() * 31L + i, 1_000_000_000L));
        return new String[] {"BM" + run + String.format("%07d", i), TIME.format(called), "测试" + (i % 997), phone, "",
            "东城街道", compound, compound + (1 + i % 30) + "栋" + (1 + i % 4) + "单元" + (100 + i % 900) + "室",
            category[0], category[1], words.toString(), i % 5 == 0 ? "紧急" : "一般", String.valueOf(new int[] {2, 7, 15}[i % 3]),
            "请属地街道核实处理并回复来电人"};
    }

    static Path csv(String run, int rows) throws IOException {
        Path file = Files.createTempFile("tj-bench-", ".csv");
        Random random = new Random(20261206);
        try (var out = Files.newBufferedWriter(file, Charset.forName("GB18030"))) {
            out.write(HEADER + "\r\n");
            for (int i = 0; i < rows; i++) {
                out.write(String.join(",", order(run, i, random)) + "\r\n");
            }
        }
        return file;
    }

    static Path xlsx(String run, int rows) throws IOException {
        Path file = Files.createTempFile("tj-bench-", ".xlsx");
        Random random = new Random(20261206);
        try (SXSSFWorkbook book = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
            var sheet = book.createSheet("工单");
            String[] head = HEADER.split(",");
            var h = sheet.createRow(0);
            for (int c = 0; c < head.length; c++) {
                h.createCell(c).setCellValue(head[c]);
            }
            for (int i = 0; i < rows; i++) {
                String[] v = order(run, i, random);
                var row = sheet.createRow(i + 1);
                for (int c = 0; c < v.length; c++) {
                    row.createCell(c).setCellValue(v[c]);
                }
            }
            book.write(out);
            book.dispose();
        }
        return file;
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int singles = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        String format = args.length > 3 ? args[3] : "csv";
        String key = args.length > 4 ? args[4] : "tj_demo-qingxi-12345";
        String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36).toUpperCase(Locale.ROOT);
        HttpClient http = HttpClient.newBuilder().connectTimeout(java.time.Duration.ofSeconds(10)).build();

        // baseline: orders of the same kind, one request each
        Random random = new Random(7);
        long began = System.nanoTime();
        int registered = 0;
        for (int i = 0; i < singles; i++) {
            String[] o = order(run + "S", i, random);
            String json = """
                    {"orderNumber": "%s", "callerName": "%s", "callerPhone": "%s", "compound": "%s",
                     "category": "%s", "description": "%s"}""".formatted(o[0], o[2], o[3], compound(o[6]),
                    category(o[8], o[9]), o[10]);
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/work-orders"))
                    .header("Content-Type", "application/json").header("X-Api-Key", key)
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 201) {
                registered++;
            }
        }
        double single = singles / ((System.nanoTime() - began) / 1e9);
        System.out.printf(Locale.ROOT, "one at a time: %d orders (%d registered) at %.0f orders/s%n", singles, registered,
                single);

        Path file = format.equals("xlsx") ? xlsx(run, rows) : csv(run, rows);
        System.out.printf(Locale.ROOT, "file: %s, %d rows, %.1f MB%n", format, rows, Files.size(file) / 1048576.0);
        String boundary = "tjbench" + run;
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        head.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"export."
                + format + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        String query = "?mapping=" + URLEncoder.encode("青溪区12345政务服务便民热线平台（演示）", StandardCharsets.UTF_8);
        began = System.nanoTime();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/work-orders/imports" + query))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("X-Api-Key", key)
                .timeout(java.time.Duration.ofHours(2))
                .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head.toByteArray()),
                        HttpRequest.BodyPublishers.ofFile(file), HttpRequest.BodyPublishers.ofByteArray(tail)))
                .build(), HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - began) / 1e9;
        Files.deleteIfExists(file);
        String body = r.body();
        int counts = body.indexOf("\"counts\"");
        System.out.printf(Locale.ROOT, "import: HTTP %d, %s in %.1f s: %.0f rows/s%n", r.statusCode(),
                counts < 0 ? body.substring(0, Math.min(300, body.length())) : body.substring(counts,
                        body.indexOf('}', counts) + 1), seconds, rows / seconds);
        System.out.printf(Locale.ROOT, "import / one at a time: %.1f×%n", rows / seconds / single);
    }

    /** The category as the JSON API takes it: the demo mapping's table for the platform's own names, else both. */
    static String category(String category, String sub) {
        return switch (sub) {
            case "维修响应慢" -> "SERVICE_QUALITY.REPAIR";
            case "保洁不到位" -> "SERVICE_QUALITY.CLEANING";
            case "物业费争议" -> "FEES.SERVICE_FEE";
            default -> category + "/" + sub;
        };
    }

    /** The demo district's name of a compound the platform calls otherwise (the demo mapping's aliases). */
    static String compound(String platformName) {
        List<String[]> aliases = List.of(new String[] {"滨河新村", "福安新村"}, new String[] {"枫林小区", "金桂园"},
                new String[] {"望江台", "江畔人家"}, new String[] {"幸福家园", "绿城家园"}, new String[] {"东方明珠苑", "明珠小区"},
                new String[] {"银杏苑", "银杏小区"}, new String[] {"紫荆城", "紫荆公寓"}, new String[] {"金色家园", "嘉和苑"},
                new String[] {"丽景湾", "丽景华庭"}, new String[] {"翠湖名邸", "东湖雅居"}, new String[] {"绿洲雅苑", "碧水蓝湾"},
                new String[] {"春江花月", "春晓苑"});
        return aliases.stream().filter(a -> a[0].equals(platformName)).map(a -> a[1]).findFirst().orElse(platformName);
    }
}
