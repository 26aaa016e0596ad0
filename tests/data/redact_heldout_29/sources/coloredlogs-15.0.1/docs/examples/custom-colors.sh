export COLOREDLOGS_LOG_FORMAT='%(asctime)s - %(message)s'
export COLOREDLOGS_DATE_FORMAT='%H:%M:%S'
export COLOREDLOGS_FIELD_STYLES='' # no styles
export COLOREDLOGS_LEVEL_STYLES='spam=22;debug=28;verbose=34;notice=220;warning=202;success=118,bold;error=124;critical=background=red'
coloredlogs --demo
