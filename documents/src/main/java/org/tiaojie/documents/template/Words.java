package org.tiaojie.documents.template;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.tiaojie.casework.dispute.Channel;
import org.tiaojie.casework.dispute.ClosureType;
import org.tiaojie.casework.dispute.PartyDetails;
import org.tiaojie.casework.dispute.PartyRole;
import org.tiaojie.casework.organisation.Tier;

/**
 * How documents write dates, amounts and the names of things. Document text is Chinese by law
 * and by custom (these are legal instruments, not screens), so it lives with the templates.
 */
public final class Words {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
    private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";
    private static final String[] SMALL_UNITS = {"", "拾", "佰", "仟"};
    private static final String[] BIG_UNITS = {"", "万", "亿", "万亿"};
    private static final String NUMERALS = "〇一二三四五六七八九";

    private Words() {
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String date(Instant at) {
        return at == null ? "" : DATE.format(LocalDate.ofInstant(at, CHINA));
    }

    public static String dateTime(Instant at) {
        return at == null ? "" : DATE_TIME.format(LocalDateTime.ofInstant(at, CHINA));
    }

    /** “一、” “二、” … “三十、” for numbered terms and sections. */
    public static String ordinal(int n) {
        if (n <= 0 || n >= 100) {
            return n + "、";
        }
        String tens = n >= 20 ? NUMERALS.charAt(n / 10) + "十" : n >= 10 ? "十" : "";
        String ones = n % 10 == 0 ? "" : String.valueOf(NUMERALS.charAt(n % 10));
        return tens + ones + "、";
    }

    /** “人民币陆佰元整（¥600.00）”, the way agreements state a sum. */
    public static String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        BigDecimal cents = amount.setScale(2, RoundingMode.HALF_UP);
        return "人民币" + upper(cents) + "（¥" + cents.toPlainString() + "）";
    }

    /** The financial (大写) form of a non-negative sum: 1200.50 → 壹仟贰佰元伍角. */
    public static String upper(BigDecimal amount) {
        BigDecimal cents = amount.setScale(2, RoundingMode.HALF_UP);
        if (cents.signum() < 0) {
            return "负" + upper(cents.negate());
        }
        long yuan = cents.longValue();
        int fraction = cents.remainder(BigDecimal.ONE).movePointRight(2).intValue();
        StringBuilder sb = new StringBuilder();
        if (yuan > 0) {
            sb.append(integer(yuan)).append('元');
        }
        int jiao = fraction / 10;
        int fen = fraction % 10;
        if (jiao == 0 && fen == 0) {
            return sb.isEmpty() ? "零元整" : sb.append('整').toString();
        }
        if (jiao > 0) {
            sb.append(DIGITS.charAt(jiao)).append('角');
        } else if (yuan > 0) {
            sb.append('零');
        }
        if (fen > 0) {
            sb.append(DIGITS.charAt(fen)).append('分');
        }
        return sb.toString();
    }

    private static String integer(long n) {
        StringBuilder out = new StringBuilder();
        int group = 0;
        boolean zeroPending = false;
        while (n > 0) {
            int part = (int) (n % 10000);
            if (part > 0) {
                String text = fourDigits(part) + BIG_UNITS[group];
                if (zeroPending && !out.isEmpty()) {
                    out.insert(0, '零');
                }
                out.insert(0, text);
                zeroPending = part < 1000;
            } else {
                zeroPending = !out.isEmpty();
            }
            n /= 10000;
            group++;
        }
        String text = out.charAt(0) == '零' ? out.substring(1) : out.toString();
        return text.charAt(0) == '拾' ? "壹" + text : text; // 10 is written 壹拾 on money

    }

    private static String fourDigits(int part) {
        StringBuilder sb = new StringBuilder();
        boolean zero = false;
        for (int i = 3; i >= 0; i--) {
            int d = (int) (part / Math.pow(10, i)) % 10;
            if (d == 0) {
                zero = !sb.isEmpty();
            } else {
                if (zero) {
                    sb.append('零');
                    zero = false;
                }
                sb.append(DIGITS.charAt(d)).append(SMALL_UNITS[i]);
            }
        }
        return sb.toString();
    }

    public static String role(PartyRole role) {
        return switch (role) {
            case APPLICANT -> "申请人";
            case RESPONDENT -> "被申请人";
            case THIRD_PARTY -> "第三人";
        };
    }

    public static String gender(PartyDetails.Gender gender) {
        return gender == null ? null : gender == PartyDetails.Gender.MALE ? "男" : "女";
    }

    public static String tier(Tier tier) {
        return tier == null ? "" : switch (tier) {
            case COMMUNITY -> "社区（村）";
            case STREET -> "街道（乡镇）";
            case DISTRICT -> "区（县）";
        };
    }

    public static String channel(Channel channel) {
        return switch (channel) {
            case HOTLINE_12345 -> "12345热线";
            case PETITION_LETTER -> "来信";
            case PETITION_VISIT -> "来访";
            case PETITION_ONLINE -> "网上信访";
            case WALK_IN -> "当事人申请";
            case GRID_REPORT -> "网格员上报";
            case COMMITTEE_INITIATED -> "调解委员会主动调解";
            case COURT_ENTRUSTED -> "法院委托";
            case GOVERNMENT_ASSIGNED -> "政府部门移交";
        };
    }

    public static String closure(ClosureType type) {
        return type == null ? "" : switch (type) {
            case AGREEMENT -> "调解成功，达成协议";
            case WITHDRAWN -> "当事人撤回申请";
            case GUIDED_TO_LITIGATION -> "调解不成，引导诉讼";
            case COURT_OUTCOME -> "移送法院处理";
        };
    }

    /** The text without its closing full stop or semicolon, to continue the sentence it ends. */
    public static String stripStop(String text) {
        if (text == null) {
            return "";
        }
        String s = text.strip();
        while (!s.isEmpty() && "。；;.，,".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    /** Empty text as a dash, so a form never shows a blank where a value belongs. */
    public static String orDash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }

    public static String visitMethod(org.tiaojie.casework.mediation.ReturnVisit.VisitMethod method) {
        return method == null ? "" : switch (method) {
            case PHONE -> "电话回访";
            case HOME_VISIT -> "上门回访";
            case SMS -> "短信回访";
            case ONLINE -> "网络回访";
        };
    }

    public static String satisfaction(org.tiaojie.casework.mediation.ReturnVisit.Satisfaction satisfaction) {
        return satisfaction == null ? "" : switch (satisfaction) {
            case SATISFIED -> "满意";
            case BASICALLY_SATISFIED -> "基本满意";
            case DISSATISFIED -> "不满意";
        };
    }

    public static String performance(org.tiaojie.casework.agreement.AgreementTerm.Performance performance) {
        return performance == null ? "" : switch (performance) {
            case PENDING -> "尚未到期或未登记";
            case PERFORMED -> "已履行";
            case PARTIAL -> "部分履行";
            case NOT_PERFORMED -> "未履行";
        };
    }

    public static String time(Instant at) {
        return at == null ? "" : DateTimeFormatter.ofPattern("HH:mm").format(LocalDateTime.ofInstant(at, CHINA));
    }

    public static String clock(org.tiaojie.casework.deadline.ClockKind kind) {
        return switch (kind) {
            case SIGN_FOR -> "签收时限";
            case PLATFORM_REPLY -> "办结反馈时限";
            case PETITION_ACCEPTANCE -> "告知是否受理及处理途径时限";
            case PETITION_HANDLING -> "信访事项办理时限";
            case PETITION_REVIEW -> "信访复查时限";
            case PETITION_RECHECK -> "信访复核时限";
            case MEDIATION -> "调解时限";
            case RETURN_VISIT -> "回访时限";
            case JUDICIAL_CONFIRMATION -> "申请司法确认时限";
            case COURT_ACCEPTANCE -> "法院立案时限";
            case CONFIRMATION_ACCEPTANCE -> "法院司法确认受理时限";
            case CONFIRMATION_DECISION -> "法院司法确认决定时限";
            case COURT_CORRECTION -> "退回补正时限";
        };
    }
}
