package org.tiaojie.casework.supervision;

/** 街道督办, 区级督办, 挂牌督办: who follows the matter and how closely. */
public enum SupervisionLevel {
    STREET, DISTRICT, LISTED
}
