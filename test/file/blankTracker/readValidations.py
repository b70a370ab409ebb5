"""Prints every data validation of a workbook as JSON, as openpyxl reads it: {sheet: [{...}]}."""
import json
import sys

import openpyxl

wb = openpyxl.load_workbook(sys.argv[1])
out = {}
for ws in wb.worksheets:
    out[ws.title] = [
        {
            "type": dv.type,
            "operator": dv.operator,
            "formula1": dv.formula1,
            "formula2": dv.formula2,
            "sqref": str(dv.sqref),
            "promptTitle": dv.promptTitle,
            "prompt": dv.prompt,
            "errorTitle": dv.errorTitle,
            "error": dv.error,
            "errorStyle": dv.errorStyle,
            "showInputMessage": bool(dv.showInputMessage),
            "showErrorMessage": bool(dv.showErrorMessage),
        }
        for dv in ws.data_validations.dataValidation
    ]
print(json.dumps(out))
