package dk.casescreen.app;

import dk.casescreen.Text;

/** The app's texts in Danish and English. */
final class AppTexts {

    static final Text TITLE = new Text("casescreen - selvscreening", "casescreen - self-screening");
    static final Text INTRO = new Text(
            "Alt foregår på denne computer: filerne sendes ingen steder hen og slettes, når appen lukker.",
            "Everything happens on this computer: the files are sent nowhere and are deleted when the app closes.");
    static final Text LANG_SWITCH = new Text("English", "Dansk");
    static final Text STEP_TEMPLATE = new Text("1. Hent udfyldningsarket", "1. Download the fill-in workbook");
    static final Text TEMPLATE_LINK = new Text("Hent udfyldningsarket (.xlsx)", "Download the fill-in workbook (.xlsx)");
    static final Text TEMPLATE_HELP = new Text("Udfyld én række pr. sag i Excel, og gem filen.",
            "Fill in one row per case in Excel and save the file.");
    static final Text STEP_FILES = new Text("2. Vælg de udfyldte ark", "2. Choose the filled-in workbooks");
    static final Text DROP = new Text("Slip filerne her, eller vælg dem:", "Drop the files here, or choose them:");
    static final Text NO_FILES = new Text("Ingen filer endnu.", "No files yet.");
    static final Text REMOVE = new Text("Fjern", "Remove");
    static final Text STEP_VALIDATION = new Text("3. Validering", "3. Validation");
    static final Text STEP_OPTIONS = new Text("4. Rapportens indstillinger", "4. The report's options");
    static final Text MUNICIPALITY = new Text("Kommune", "Municipality");
    static final Text EDITION = new Text("Udgave", "Edition");
    static final Text INTERNAL = new Text("Intern (egne sagsnumre)", "Internal (own case numbers)");
    static final Text SHARED = new Text("Delt (ingen sagsnumre, små tal skjult)", "Shared (no case numbers, small counts hidden)");
    static final Text THRESHOLD = new Text("Mindste antal personer, der vises i den delte udgave (mindst 3)",
            "Smallest count of persons shown in the shared edition (at least 3)");
    static final Text POPULATIONS = new Text("Befolkningstal (FOLK1A-udtræk, .csv; ellers de indbyggede)",
            "Populations (FOLK1A export, .csv; else the built-in ones)");
    static final Text BENCHMARK = new Text("Benchmark (fra casescreen benchmark, .json; ellers de offentliggjorte tal)",
            "Benchmark (from casescreen benchmark, .json; else the published figures)");
    static final Text MAKE_REPORT = new Text("Lav rapporten", "Make the report");
    static final Text STEP_REPORT = new Text("5. Rapporten", "5. The report");
    static final Text NO_REPORT = new Text("Ingen rapport endnu.", "No report yet.");
    static final Text DOWNLOAD_HTML = new Text("Rapporten (.html)", "The report (.html)");
    static final Text DOWNLOAD_PPTX = new Text("Præsentationen (.pptx)", "The deck (.pptx)");
    static final Text DOWNLOAD_XLSX = new Text("Tabellerne (.xlsx)", "The tables (.xlsx)");
    static final Text REPORT_FRAME = new Text("Rapporten", "The report");
    static final Text USABLE = new Text("Filerne kan bruges.", "The files can be used.");
    static final Text USABLE_WARNINGS = new Text(
            "Filerne kan bruges. Advarslerne stopper ikke rapporten, men se dem igennem: de kan gøre tallene mindre sikre.",
            "The files can be used. The warnings do not stop the report, but look through them: they can make the figures less certain.");
    static final Text NOT_USABLE = new Text("Filerne kan ikke bruges endnu: ret fejlene i Excel, og vælg filen igen.",
            "The files cannot be used yet: correct the errors in Excel and choose the file again.");
    static final Text NO_CASES = new Text("Filerne kan ikke bruges: ingen sager blev godkendt.",
            "The files cannot be used: no case was accepted.");
    static final Text COUNTS = new Text("%d rækker læst, %d godkendt, %d afvist.", "%d rows read, %d accepted, %d rejected.");
    static final Text WORKSHEET = new Text("ark", "worksheet");
    static final Text CELL = new Text("celle", "cell");
    static final Text ROW = new Text("række", "row");
    static final Text QUESTION = new Text("spørgsmål", "question");
    static final Text VALUE = new Text("værdi", "value");
    static final Text TOO_LARGE = new Text("Filen er for stor: højst %d MB kan lægges op.", "The file is too large: at most %d MB can be uploaded.");
    static final Text UNREADABLE = new Text("Filen kan ikke læses: ", "The file cannot be read: ");
    static final Text INTERNAL_ERROR = new Text("Der skete en intern fejl i casescreen; prøv igen, og meld fejlen til udviklerne, hvis den gentager sig.",
            "An internal error occurred in casescreen; try again, and report it to the developers if it happens again.");
    static final Text NOT_READY = new Text("Vælg først filer, der kan bruges.", "First choose files that can be used.");
    static final Text BAD_THRESHOLD = new Text("Tærsklen skal være et helt tal på mindst 3.", "The threshold must be a whole number of at least 3.");
    static final Text REPORT_FAILED = new Text("Rapporten kan ikke laves: ", "The report cannot be made: ");
    static final Text REQUEST_FAILED = new Text("Appen svarer ikke; er den lukket? Start den igen.",
            "The app does not answer; has it stopped? Start it again.");
    static final Text WORKING = new Text("Arbejder ...", "Working ...");
    static final Text FORBIDDEN = new Text("Adgang nægtet.", "Forbidden.");
    static final Text NOT_FOUND = new Text("Findes ikke.", "Not found.");
    static final Text TEMPLATE_FILE = new Text("udfyldningsark.xlsx", "fill-in-workbook.xlsx");

    static final Text STOP = new Text("Luk appen", "Close the app");
    static final Text STOPPED = new Text("Appen er lukket, og filerne er slettet. Du kan lukke fanen.",
            "The app is closed and the files are deleted. You can close the tab.");

    private AppTexts() {
    }
}
