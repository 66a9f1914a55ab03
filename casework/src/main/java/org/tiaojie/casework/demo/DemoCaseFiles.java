package org.tiaojie.casework.demo;

/**
 * Completes the demo district's case files with what needs the documents module: the printed 协议书 and the
 * referrals with their 卷宗. The loader calls it when such a bean exists; without it (casework alone) the
 * cases meant for the court stay 调解不成.
 */
public interface DemoCaseFiles {

    void complete(DemoDistrict district);
}
