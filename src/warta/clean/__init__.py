"""warta.clean"""
