package dk.casescreen.report;

import dk.casescreen.analysis.FunnelPoint;
import dk.casescreen.cases.Municipalities;
import dk.casescreen.cases.Municipality;
import dk.casescreen.cases.FictionalMunicipalities;
import java.util.HashMap;
import java.util.Map;

/** The names a report shows for municipality codes: the 98 Danish municipalities, the fictional ones, and any the populations named. */
final class MunicipalityNames {

    private MunicipalityNames() {
    }

    static Map<String, String> of(ReportInput in) {
        Map<String, String> names = new HashMap<>();
        for (Municipality m : Municipalities.danish().all()) {
            names.put(m.code(), m.name());
        }
        for (Municipality m : FictionalMunicipalities.first(99)) {
            names.put(m.code(), m.name());
        }
        in.funnel().ifPresent(f -> {
            for (FunnelPoint p : f.points()) {
                names.put(p.municipalityCode(), p.name());
            }
        });
        return names;
    }
}
