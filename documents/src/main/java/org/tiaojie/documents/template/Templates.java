package org.tiaojie.documents.template;

import org.tiaojie.casework.document.CaseDossier;
import org.tiaojie.casework.mediation.SessionRow;

/** Small look-ups the templates share. */
final class Templates {

    private Templates() {
    }

    /** The 人民调解委员会 that issues the case's documents (人民调解法 Art. 29: its seal makes them). */
    static String issuer(CaseDossier d) {
        return d.organisation() == null || d.organisation().committee() == null ? "人民调解委员会"
                : d.organisation().committee();
    }

    /** The line under the seal: what the committee's seal reads. */
    static String seal(CaseDossier d) {
        String seal = d.organisation() == null ? null : d.organisation().seal();
        return (seal == null ? issuer(d) : seal) + "（印章）";
    }

    /**
     * The court a referral or a joint application for judicial confirmation goes to: the one the case names,
     * else the basic people's court where the committee sits (民事诉讼法 Art. 205: 调解组织所在地基层人民法院).
     */
    static String court(CaseDossier d) {
        if (d.courtName() != null && !d.courtName().isBlank()) {
            return d.courtName();
        }
        String district = d.organisation() == null ? null : d.organisation().districtName();
        return district == null || district.isBlank() ? "调解组织所在地基层人民法院" : district + "人民法院";
    }

    /** Where the committee mediates the case: the room or centre that handles it. */
    static String room(CaseDossier d) {
        return d.organisation() == null ? null : d.organisation().name();
    }

    static SessionRow session(CaseDossier d, Long sessionId) {
        if (sessionId != null) {
            for (SessionRow s : d.sessions()) {
                if (s.id() == sessionId) {
                    return s;
                }
            }
        }
        SessionRow held = null;
        for (SessionRow s : d.sessions()) {
            if (s.heldAt() != null) {
                held = s;
            }
        }
        return held;
    }
}
