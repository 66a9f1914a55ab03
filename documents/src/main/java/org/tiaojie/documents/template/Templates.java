package org.tiaojie.documents.template;

import org.tiaojie.casework.document.CaseDossier;
import org.tiaojie.casework.mediation.SessionRow;

/** Small look-ups the templates share. */
final class Templates {

    private Templates() {
    }

    /** The organisation that issues the case's documents. */
    static String issuer(CaseDossier d) {
        return d.organisation() == null ? "人民调解委员会" : d.organisation().name();
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
