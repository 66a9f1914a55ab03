package org.tiaojie.casework.supervision;

/**
 * 督办中 (notice issued, the responsible organisation is working on it), 已报结 (it reported the
 * matter rectified and asks for verification), 已验收 (a supervisor checked it), 已销号 (closed).
 * A failed verification sends it back to ISSUED with a new due date (重新督办).
 */
public enum SupervisionState {
    ISSUED, REPORTED, VERIFIED, DELISTED;

    public boolean open() {
        return this != DELISTED;
    }
}
