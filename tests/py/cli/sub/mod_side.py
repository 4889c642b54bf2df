SIDE = "imported from the script's own folder"
