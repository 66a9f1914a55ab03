package org.tiaojie.casework.dispute;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What a correction of a party changed, as the timeline says it: the names of the particulars, never the numbers
 * themselves (an ID or phone number stays masked everywhere but in the documents).
 */
final class PartyChanges {

    private record Particular(String label, Function<PartyDetails, Object> value) {
    }

    private static final List<Particular> PARTICULARS = List.of(
            new Particular("身份", PartyDetails::role),
            new Particular("姓名或名称", PartyDetails::name),
            new Particular("性别", PartyDetails::gender),
            new Particular("民族", PartyDetails::ethnicity),
            new Particular("出生日期", PartyDetails::birthDate),
            new Particular("公民身份号码", PartyDetails::idNumber),
            new Particular("联系电话", PartyDetails::phone),
            new Particular("住址（住所）", PartyDetails::address),
            new Particular("统一社会信用代码", PartyDetails::creditCode),
            new Particular("法定代表人", PartyDetails::legalRepresentative),
            new Particular("职务", PartyDetails::representativeTitle),
            new Particular("代表人", PartyDetails::representative),
            new Particular("委托代理人", PartyDetails::agentName),
            new Particular("代理人电话", PartyDetails::agentPhone),
            new Particular("代理权限", PartyDetails::agentAuthority));

    private PartyChanges() {
    }

    /** “住址（住所）、联系电话”, or empty when nothing changed. */
    static String between(PartyDetails before, PartyDetails after) {
        List<String> changed = new ArrayList<>();
        for (Particular p : PARTICULARS) {
            if (!Objects.equals(p.value().apply(before), p.value().apply(after))) {
                changed.add(p.label());
            }
        }
        return String.join("、", changed);
    }
}
