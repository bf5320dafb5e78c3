package org.povertyexit.monitor.label;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.povertyexit.monitor.dataset.InputError;

/**
 * The reasons an input is rejected for, in Chinese: the readers word them in English as they find them
 * (with the value, row or limit in them), and this table gives each form its Chinese sentence, the
 * variable parts carried over ($1, $2). A reason no form matches is shown as it is.
 */
public final class InputReasons {

    private record Form(Pattern english, String chinese) {
    }

    private static final List<Form> FORMS = List.of(
            form("not a number", "不是数字"),
            form("not a whole number", "不是整数"),
            form("not a number: longer than (\\d+) characters", "不是数字：超过 $1 个字符"),
            form("money has more than two decimals", "金额超过两位小数"),
            form("more than (\\d+) decimals", "超过 $1 位小数"),
            form("out of range: more than (\\d+) digits before the decimal point", "超出范围：整数部分超过 $1 位"),
            form("out of range: must be (.+)", "超出范围：应为 $1"),
            form("not a boolean \\(use true/false, 1/0, 是/否 or Y/N\\)", "不是是/否值（可填 是/否、true/false、1/0 或 Y/N）"),
            form("not a date \\(YYYY-MM-DD\\)", "不是日期（格式 YYYY-MM-DD）"),
            form("unknown value; expected one of (.+)", "未知取值；应为以下之一：$1"),
            form("required value missing", "缺少必填值"),
            form("required column missing \\((.+)\\)", "缺少必需的列（$1）"),
            form("longer than (\\d+) characters", "超过 $1 个字符"),
            form("not valid Unicode text: a lone surrogate at character (\\d+)", "不是有效的 Unicode 文本：第 $1 个字符为孤立代理项"),
            form("duplicate id \\(first at row (\\d+)\\)", "编号重复（首次出现在第 $1 行）"),
            form("duplicate id \\(first at (.+)\\)", "编号重复（首次出现在 $1）"),
            form("no county has this code", "没有此代码的县"),
            form("no village has this code", "没有此代码的村"),
            form("no household has this id", "没有此编号的户"),
            form("household has no members", "该户没有家庭成员"),
            form("after the assessment date (.+)", "晚于评估日 $1"),
            form("greater than (\\S+) \\((.+)\\)", "大于 $1（$2）"),
            form("self-paid above medicalCostTotal \\((.+)\\)", "个人自付超过医疗总费用（$1）"),
            form("empty file", "空文件"),
            form("not valid JSON \\(line (\\d+), column (\\d+)\\): (.*)", "不是有效的 JSON（第 $1 行第 $2 列）：$3"),
            form("not valid CSV: (.*)", "不是有效的 CSV：$1"),
            form("not a JSON object", "不是 JSON 对象"),
            form("must be an array", "应为数组"),
            form("must be an object", "应为对象"),
            form("expected a single value", "应为单个值"),
            form("rejected as a possible zip bomb: a part of the workbook inflates more than (\\d+) times",
                    "疑为压缩炸弹，已拒绝：工作簿的某一部分解压后超过 $1 倍"),
            form("oversized sheet: more than (\\d+) rows, Excel's limit: not a sheet Excel wrote",
                    "工作表过大：超过 $1 行（Excel 的上限），不是 Excel 写出的工作表"),
            form("not an XLSX workbook \\(an \\.xlsx file is a ZIP archive; this one is not\\)",
                    "不是 XLSX 工作簿（.xlsx 文件是 ZIP 压缩包，此文件不是）"),
            form("not an XLSX workbook: an Excel 97-2003 \\(\\.xls\\) or password-protected file; save it as an "
                    + "unprotected \\.xlsx workbook", "不是 XLSX 工作簿：这是 Excel 97-2003（.xls）文件或加密文件；"
                    + "请另存为不加密的 .xlsx 工作簿"),
            form("not a readable XLSX workbook: the ZIP archive is damaged or truncated",
                    "不是可读的 XLSX 工作簿：ZIP 压缩包已损坏或被截断"),
            form("rejected as a possible zip bomb: (.*)", "疑为压缩炸弹，已拒绝：$1"),
            form("oversized sheet: (.*)", "工作表过大：$1"),
            form("not an XLSX workbook(.*)", "不是 XLSX 工作簿$1"),
            form("not a readable XLSX workbook(.*)", "不是可读的 XLSX 工作簿$1"),
            form("binary file, not (\\S+)", "二进制文件，不是 $1"),
            form("no such file or folder", "没有此文件或文件夹"),
            form("binary file, not (\\S+) text", "二进制文件，不是 $1 文本"),
            form("missing file: the folder has no (\\S+) \\((.+)\\)", "缺少文件：文件夹中没有 $1（$2）"),
            form("missing sheet (\\S+) \\((.+)\\)", "缺少工作表 $1（$2）"),
            form("the row has (\\d+) values but the header has (\\d+) columns(.*)", "该行有 $1 个值，但表头有 $2 列$3"),
            form("a quoted value is never closed: truncated file\\?", "引号内的值没有结束：文件被截断？"),
            form("line (\\d+) is longer than (\\d+) characters: no row of this table is",
                    "第 $1 行超过 $2 个字符，不是本表的行"),
            form("(\\S+) holds more than (\\d+) values: no record of this dataset does", "$1 含有超过 $2 个值，不是本数据集的记录"),
            form("not valid UTF-8 text \\(line (\\d+), column (\\d+)\\).*",
                    "不是有效的 UTF-8 文本（第 $1 行第 $2 列）：请另存为 UTF-8（不读取 GBK 文件）"),
            form("not UTF-8 text.*", "不是 UTF-8 文本：请另存为 UTF-8（Excel 中：另存为 → CSV UTF-8）"),
            form("unknown column, ignored", "未知列，已忽略"),
            form("unknown sheet, ignored", "未知工作表，已忽略"),
            form("unknown section, ignored", "未知部分，已忽略"));

    private InputReasons() {
    }

    /** The problem with its reason in the language given (English as the readers word it). */
    public static InputError in(Language language, InputError problem) {
        if (language == Language.EN || problem.reason() == null) {
            return problem;
        }
        return new InputError(problem.severity(), problem.file(), problem.row(), problem.entity(), problem.field(),
                problem.value(), chinese(problem.reason()));
    }

    /**
     * One line for a terminal, in the language given: {@code households.csv 第 3 行，H0002，字段 wageIncome
     * （"abc"）：不是数字} (in English, as {@link InputError#toString()} words it).
     */
    public static String line(Language language, InputError problem) {
        if (language == Language.EN) {
            return problem.toString();
        }
        StringBuilder text = new StringBuilder(problem.severity() == InputError.Severity.WARNING ? "提示：" : "");
        text.append(problem.file());
        if (problem.row() != null) {
            text.append(" 第 ").append(problem.row()).append(" 行");
        }
        if (problem.entity() != null) {
            text.append("，").append(problem.entity());
        }
        if (problem.field() != null) {
            text.append("，字段 ").append(problem.field());
        }
        if (problem.value() != null) {
            text.append("（“").append(problem.value()).append("”）");
        }
        return text.append("：").append(in(language, problem).reason()).toString();
    }

    static String chinese(String reason) {
        for (Form form : FORMS) {
            Matcher matched = form.english().matcher(reason);
            if (matched.matches()) {
                return matched.replaceFirst(form.chinese());
            }
        }
        return reason;
    }

    private static Form form(String english, String chinese) {
        return new Form(Pattern.compile(english), chinese);
    }
}
